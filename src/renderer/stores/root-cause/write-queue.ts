import { ApiError } from '../../../shared/api/errors.ts';
import { errorMessage } from '../../../shared/error-message.ts';

export type WriteQueueStatus =
  | { state: 'idle' }
  | { state: 'saving' }
  /** The service refused a write (bad input, gone): it is dropped and the message names the field. */
  | { state: 'refused'; message: string }
  /** The write could not reach the service: it and everything after it wait for `retry()`. */
  | { state: 'stalled'; message: string };

export interface WriteQueue {
  /** Runs `write` after every write queued before it (pending edits first), so a child is never sent before its parent. */
  push(write: () => Promise<void>): void;
  /** Holds the latest edit under `key` for `delayMs`, then queues it; a burst of keystrokes costs one write. */
  edit(key: string, write: () => Promise<void>, delayMs?: number): void;
  /** Queues every held edit now (on blur, before a structural change). */
  flushEdits(): void;
  /** Sends the stalled writes again; nothing to do when none is stalled. */
  retry(): void;
  /** True when nothing is held or on its way: a refetch now cannot overwrite words not yet saved. */
  isIdle(): boolean;
}

const REFUSALS = new Set(['invalid_input', 'not_found', 'conflict', 'unknown_method']);
export const EDIT_DELAY_MS = 400;

/**
 * The one order in which a window's writes reach the service. Typing never waits: the store applies each change
 * locally at once and queues the write; a failure never drops a word silently (see WriteQueueStatus).
 */
export function createWriteQueue(onStatus: (status: WriteQueueStatus) => void, onIdle: () => void): WriteQueue {
  const writes: Array<() => Promise<void>> = [];
  const held = new Map<string, { timer: ReturnType<typeof setTimeout>; write: () => Promise<void> }>();
  let running = false;
  let stalled = false;

  const drain = async (): Promise<void> => {
    if (running || stalled) return;
    running = true;
    onStatus({ state: 'saving' });
    let refusal: string | null = null;
    while (writes.length > 0) {
      const next = writes[0];
      if (!next) break;
      try {
        await next();
        writes.shift();
      } catch (error) {
        if (error instanceof ApiError && REFUSALS.has(error.code)) {
          writes.shift();
          refusal = error.message;
          continue;
        }
        stalled = true;
        running = false;
        onStatus({ state: 'stalled', message: errorMessage(error, 'The change could not be saved.') });
        return;
      }
    }
    running = false;
    onStatus(refusal === null ? { state: 'idle' } : { state: 'refused', message: refusal });
    if (held.size === 0) onIdle();
  };

  const flushEdits = (): void => {
    for (const [key, { timer, write }] of held) {
      clearTimeout(timer);
      held.delete(key);
      writes.push(write);
    }
  };

  return {
    push(write) {
      flushEdits();
      writes.push(write);
      void drain();
    },
    edit(key, write, delayMs = EDIT_DELAY_MS) {
      const previous = held.get(key);
      if (previous) clearTimeout(previous.timer);
      const timer = setTimeout(() => {
        held.delete(key);
        writes.push(write);
        void drain();
      }, delayMs);
      held.set(key, { timer, write });
    },
    flushEdits() {
      flushEdits();
      void drain();
    },
    retry() {
      if (!stalled) return;
      stalled = false;
      void drain();
    },
    isIdle: () => !running && !stalled && writes.length === 0 && held.size === 0,
  };
}
