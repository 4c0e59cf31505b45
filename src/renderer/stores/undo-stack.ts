import { createDomainStore } from './create-domain-store.ts';

/** One deletion this window made, while its undo is offered. */
export interface Deletion {
  /** How the toast words it: `Deleted`, `Removed the section`. */
  verb: string;
  /** What was deleted, as the toast quotes it. */
  text: string;
  /** Said after the quote, e.g. `and 2 below it`. */
  more?: string;
  /** Puts it back as it was (same id, same place). */
  restore(): void;
  /** Which list it came from, so a change that replaces the whole list can withdraw the offer (see forget). */
  list?: string;
}

export interface UndoState {
  /** Newest last. */
  deletions: Deletion[];
  push(deletion: Deletion): void;
  /** Puts back the newest deletion, of whatever kind. */
  undoLast(): void;
  /** Ends the offer: the toast went away. */
  dismiss(): void;
  /** Withdraws the deletions from one list, whose rows were all replaced (an agenda after a template). */
  forget(list: string): void;
}

/** Enough to take back a burst of deletes; older ones are no longer offered. */
const KEPT = 20;

/** The window's one undo stack: every store puts its deletions here, and Ctrl/Cmd+Z and the toast take them back. */
export function createUndoStack() {
  return createDomainStore<UndoState>((set, get) => ({
    deletions: [],
    push: (deletion) => set((state) => ({ deletions: [...state.deletions, deletion].slice(-KEPT) })),
    undoLast() {
      const last = get().deletions.at(-1);
      if (!last) return;
      set((state) => ({ deletions: state.deletions.slice(0, -1) }));
      last.restore();
    },
    dismiss: () => set({ deletions: [] }),
    forget: (list) => set((state) => ({ deletions: state.deletions.filter((deletion) => deletion.list !== list) })),
  }));
}

export type UndoStack = ReturnType<typeof createUndoStack>[1];
