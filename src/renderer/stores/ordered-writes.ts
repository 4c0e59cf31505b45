import type { StoreApi } from 'zustand/vanilla';
import { ApiError } from '../../shared/api/errors.ts';
import { errorMessage } from '../../shared/error-message.ts';
import { createDomainStore } from './create-domain-store.ts';

export type WriteStatus =
  | { state: 'idle' }
  | { state: 'saving' }
  /** The service refused a write (bad input, gone): it is dropped and the message names the field. */
  | { state: 'refused'; message: string }
  /** The write could not reach the service: it and everything after it wait for `retry()`. */
  | { state: 'stalled'; message: string };

export interface OrderedWritesState {
  /** How the writes are going: one status for every collection that shares these writes. */
  status: WriteStatus;
  /** Runs `write` after every write queued before it (held edits first), so a child is never sent before its parent. */
  push(write: () => Promise<void>): void;
  /** Holds the latest edit under `key` for `delayMs`, then queues it; a burst of keystrokes costs one write. */
  edit(key: string, write: () => Promise<void>, delayMs?: number): void;
  /** Queues every held edit now (on blur, before a structural change). */
  flushEdits(): void;
  /** Sends the stalled writes again; nothing to do when none is stalled. */
  retry(): void;
  /** True when nothing is held or on its way: a refetch now cannot overwrite words not yet saved. */
  isIdle(): boolean;
  /** Calls `listener` whenever every write is done and nothing is held; `refused` if one was refused meanwhile. */
  onSettled(listener: (refused: boolean) => void): void;
}

export type OrderedWrites = StoreApi<OrderedWritesState>;

const REFUSALS = new Set(['invalid_input', 'not_found', 'conflict', 'unknown_method']);
export const EDIT_DELAY_MS = 400;

/**
 * The one order in which a window's writes to some meeting collections reach the service (`ordered` in
 * CollectionSpec). Typing never waits: the collection applies each change locally at once and queues the write; a
 * failure never drops a word silently (see WriteStatus).
 */
export function createOrderedWrites() {
  return createDomainStore<OrderedWritesState>((set) => {
    const writes: Array<() => Promise<void>> = [];
    const held = new Map<string, { timer: ReturnType<typeof setTimeout>; write: () => Promise<void> }>();
    const settled: Array<(refused: boolean) => void> = [];
    let running = false;
    let stalled = false;
    let refusedSinceSettled = false;

    const drain = async (): Promise<void> => {
      if (running || stalled) return;
      running = true;
      set({ status: { state: 'saving' } });
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
          set({ status: { state: 'stalled', message: errorMessage(error, 'The change could not be saved.') } });
          return;
        }
      }
      running = false;
      set({ status: refusal === null ? { state: 'idle' } : { state: 'refused', message: refusal } });
      if (refusal !== null) refusedSinceSettled = true;
      if (held.size > 0) return;
      const refused = refusedSinceSettled;
      refusedSinceSettled = false;
      for (const listener of settled) listener(refused);
    };

    const queueHeld = (): void => {
      for (const [key, { timer, write }] of held) {
        clearTimeout(timer);
        held.delete(key);
        writes.push(write);
      }
    };

    return {
      status: { state: 'idle' },
      push(write) {
        queueHeld();
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
        queueHeld();
        void drain();
      },
      retry() {
        if (!stalled) return;
        stalled = false;
        void drain();
      },
      isIdle: () => !running && !stalled && writes.length === 0 && held.size === 0,
      onSettled: (listener) => void settled.push(listener),
    };
  });
}
