import { estimatedLines } from './text-extent.ts';

/** What a read-back row shows: the action's title on its own lines, then who and by when on one more. */
export interface ReadbackItem {
  id: string;
  title: string;
  /** Owner and due date as the row writes them. */
  detail: string;
}

/**
 * The room for the read-back list on the shared screen at its smallest type (1.5 --u), in lines of that type, and the
 * width of a line in ems. Measured from the audience stylesheet: the list box is about 43 --u high (22 lines of 1.95
 * --u) and 50 --u wide, less the row's padding and priority column (29 em of text); a row's padding and rule take
 * half a line. One line and one em are kept back for rounding.
 */
export const READBACK_ROOM = { lines: 21, lineEm: 28, rowOverheadLines: 0.5 } as const;

/** A page never holds more than this many actions, so that each can be read aloud while it is on screen. */
export const READBACK_MAX_PER_PAGE = 8;

/** A full cycle through the pages takes at most this long (issue 14), and one page stays at most the longest. */
export const READBACK_CYCLE_MS = 30_000;
export const READBACK_PAGE_MAX_MS = 12_000;

function rowLines(item: ReadbackItem, lineEm: number, overhead: number): number {
  return estimatedLines(item.title, lineEm) + estimatedLines(item.detail, lineEm) + overhead;
}

/**
 * Splits the actions, in order, into pages that fit the shared screen at its smallest type. An action too long for a
 * page on its own still gets a page, alone.
 */
export function readbackPages<T extends ReadbackItem>(
  items: readonly T[],
  room: { lines: number; lineEm: number; rowOverheadLines: number } = READBACK_ROOM,
): T[][] {
  const pages: T[][] = [];
  let page: T[] = [];
  let used = 0;
  for (const item of items) {
    const lines = rowLines(item, room.lineEm, room.rowOverheadLines);
    if (page.length > 0 && (used + lines > room.lines || page.length >= READBACK_MAX_PER_PAGE)) {
      pages.push(page);
      page = [];
      used = 0;
    }
    page.push(item);
    used += lines;
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

/** How long each page stays up when there are `pageCount` of them. */
export function readbackPageMs(pageCount: number): number {
  return Math.min(READBACK_PAGE_MAX_MS, Math.floor(READBACK_CYCLE_MS / Math.max(1, pageCount)));
}

export interface PagingAnchor {
  /** The page the facilitator last turned to. */
  page: number;
  /** When (service clock); null if never, and the pages then turn from the epoch so every screen agrees. */
  pageTurnedAt: number | null;
}

export interface ShownPage {
  index: number;
  /** Milliseconds until the next page comes up; null when there is one page and nothing turns. */
  turnsInMs: number | null;
}

/** The page every screen shows at `now` (service clock): the anchor's page, then one more each page time, round. */
export function shownReadbackPage(anchor: PagingAnchor, pageCount: number, now: number): ShownPage {
  if (pageCount <= 1) return { index: 0, turnsInMs: null };
  const pageMs = readbackPageMs(pageCount);
  const elapsed = Math.max(0, now - (anchor.pageTurnedAt ?? 0));
  const turns = Math.floor(elapsed / pageMs);
  return { index: (((anchor.page + turns) % pageCount) + pageCount) % pageCount, turnsInMs: pageMs - (elapsed % pageMs) };
}
