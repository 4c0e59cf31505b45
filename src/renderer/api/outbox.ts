/** The little of window.localStorage the outbox uses, so tests can hand it a Map. */
export type OutboxStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export interface OutboxEntry {
  key: string;
  method: string;
  input: unknown;
  at: number;
}

export interface Outbox {
  /** Writes down a call on its way; returns the key to clear once it is answered, or null if it could not be kept. */
  keep(method: string, input: unknown): string | null;
  done(key: string): void;
  /** Calls pages of this browser that are gone sent but never saw answered, oldest first (the stale ones are dropped). */
  leftovers(): OutboxEntry[];
  /** Says this page is still open, so another tab (the audience screen, say) leaves its writes alone. */
  beat(): void;
  /** Says this page is going (a reload, a closed tab): its writes are now the next page's to send. */
  leave(): void;
}

const PREFIX = 'debrief.outbox.';
const ALIVE_PREFIX = 'debrief.outbox-alive.';
/** A page that has not said it is open for this long has gone without saying so (a crash). */
export const PAGE_SILENT_MS = 15_000;
export const PAGE_BEAT_MS = 5_000;
/** Older than this, a write left behind is more likely to undo someone's later work than to save anything. */
export const OUTBOX_MAX_AGE_MS = 12 * 3_600_000;

/**
 * Writes on their way to the service, kept in the browser's storage until answered, so what a note-taker typed while
 * the Wi-Fi was down survives a closed tab or a reload and is sent when the page next connects. Only writes that are
 * safe to send twice are kept (see canWaitToBeSent). Storage that is full or switched off leaves the queue in memory.
 */
export function createOutbox(storage: OutboxStorage, now: () => number, pageId: string): Outbox {
  let sequence = 0;
  const entries = (): OutboxEntry[] => {
    const found: Array<OutboxEntry & { seq: number }> = [];
    for (let index = 0; index < storage.length; index += 1) {
      const key = storage.key(index);
      if (!key?.startsWith(PREFIX)) continue;
      try {
        const value = JSON.parse(storage.getItem(key) ?? '') as { method?: unknown; input?: unknown; at?: unknown; seq?: unknown };
        if (typeof value.method !== 'string' || typeof value.at !== 'number') throw new Error('not an outbox entry');
        found.push({ key, method: value.method, input: value.input, at: value.at, seq: typeof value.seq === 'number' ? value.seq : 0 });
      } catch {
        found.push({ key, method: '', input: null, at: -Infinity, seq: 0 });
      }
    }
    return found.sort((a, b) => a.at - b.at || a.seq - b.seq);
  };

  const aliveKey = `${ALIVE_PREFIX}${pageId}`;
  const pageOf = (key: string) => key.slice(PREFIX.length).split('.')[0] ?? '';
  const isOpen = (page: string): boolean => {
    if (page === pageId) return true;
    const seen = Number(storage.getItem(`${ALIVE_PREFIX}${page}`));
    return Number.isFinite(seen) && seen > 0 && now() - seen < PAGE_SILENT_MS;
  };
  const write = (key: string, value: string): boolean => {
    try {
      storage.setItem(key, value);
      return true;
    } catch {
      return false;
    }
  };
  write(aliveKey, String(now()));

  const done = (key: string): void => {
    try {
      storage.removeItem(key);
    } catch {
      // Nothing kept to clear.
    }
  };

  return {
    keep(method, input) {
      sequence += 1;
      const key = `${PREFIX}${pageId}.${sequence}`;
      return write(key, JSON.stringify({ method, input, at: now(), seq: sequence })) ? key : null;
    },
    done,
    leftovers() {
      const oldest = now() - OUTBOX_MAX_AGE_MS;
      const kept: OutboxEntry[] = [];
      const pagesLongGone: string[] = [];
      for (let index = 0; index < storage.length; index += 1) {
        const key = storage.key(index);
        if (key?.startsWith(ALIVE_PREFIX) && Number(storage.getItem(key)) < oldest) pagesLongGone.push(key);
      }
      pagesLongGone.forEach(done);
      for (const entry of entries()) {
        if (entry.at < oldest || entry.method === '') done(entry.key);
        else if (!isOpen(pageOf(entry.key))) kept.push({ key: entry.key, method: entry.method, input: entry.input, at: entry.at });
      }
      return kept;
    },
    beat() {
      write(aliveKey, String(now()));
    },
    leave() {
      done(aliveKey);
    },
  };
}
