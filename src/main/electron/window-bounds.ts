export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Smaller than this is not a window anyone meant to keep. */
const MIN_WIDTH = 320;
const MIN_HEIGHT = 180;
/** How much of the window must lie on one display's work area for the user to see and grab it. */
const MIN_VISIBLE_WIDTH = 120;
const MIN_VISIBLE_HEIGHT = 60;
const MAX_COORDINATE = 100_000;

function isCoordinate(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && Math.abs(value) <= MAX_COORDINATE;
}

/** Bounds as saved in a file: whole numbers, a plausible size; anything else (garbage, a hand-edited file) is null. */
export function parseBounds(value: unknown): Rectangle | null {
  if (typeof value !== 'object' || value === null) return null;
  const { x, y, width, height } = value as Record<string, unknown>;
  if (!isCoordinate(x) || !isCoordinate(y) || !isCoordinate(width) || !isCoordinate(height)) return null;
  if (width < MIN_WIDTH || height < MIN_HEIGHT) return null;
  return { x, y, width, height };
}

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

/** The bounds moved and, if need be, shrunk to lie wholly inside `area`. */
export function fitInside(bounds: Rectangle, area: Rectangle): Rectangle {
  const width = Math.min(bounds.width, area.width);
  const height = Math.min(bounds.height, area.height);
  return {
    x: clamp(bounds.x, area.x, area.x + area.width - width),
    y: clamp(bounds.y, area.y, area.y + area.height - height),
    width,
    height,
  };
}

/**
 * Saved bounds that can be used again with the displays connected now: the work area the window overlaps most must
 * hold a grabbable part of it and its top edge (the title bar). The result is fitted inside that work area, since a
 * lower resolution can leave a window larger than the screen. Null when no display qualifies or the save is garbage.
 */
export function reachableBounds(saved: unknown, workAreas: readonly Rectangle[]): { bounds: Rectangle; workArea: Rectangle } | null {
  const bounds = parseBounds(saved);
  if (bounds === null) return null;
  let best: { workArea: Rectangle; area: number } | null = null;
  for (const workArea of workAreas) {
    const shared = overlap(bounds, workArea);
    const area = shared.width * shared.height;
    if (area > 0 && (best === null || area > best.area)) best = { workArea, area };
  }
  if (best === null) return null;
  const { workArea } = best;
  const shared = overlap(bounds, workArea);
  const titleBarVisible = bounds.y >= workArea.y && bounds.y <= workArea.y + workArea.height - MIN_VISIBLE_HEIGHT;
  if (shared.width < MIN_VISIBLE_WIDTH || shared.height < MIN_VISIBLE_HEIGHT || !titleBarVisible) return null;
  return { bounds: fitInside(bounds, workArea), workArea };
}

/** A window of `size` (shrunk to fit) in the middle of `area`. */
export function centredIn(area: Rectangle, size: { width: number; height: number }): Rectangle {
  const width = Math.min(size.width, area.width);
  const height = Math.min(size.height, area.height);
  return {
    x: area.x + Math.floor((area.width - width) / 2),
    y: area.y + Math.floor((area.height - height) / 2),
    width,
    height,
  };
}
