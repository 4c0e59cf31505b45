import type { MethodInput } from '../../../shared/api/contract.ts';
import type { Conflict } from '../../../shared/domain/conflicts.ts';
import type { FindingKind, Note, NoteCategory } from '../../../shared/domain/notes.ts';
import type { Perspective } from '../../../shared/domain/participant.ts';
import type { Why, WhyKind } from '../../../shared/domain/whys.ts';
import { ApiError } from '../../../shared/api/errors.ts';
import { isBlankText } from '../../../shared/text/blank-text.ts';
import { whyLimitRefusal } from '../../../shared/whys/limits.ts';
import type { ApiClient } from '../../api/client.ts';
import { coalescedRefetch } from '../coalesced-refetch.ts';
import { createDomainStore } from '../create-domain-store.ts';
import { followMeeting } from '../follow-meeting.ts';
import type { UndoStack } from '../undo-stack.ts';
import { insertWhyLocally, moveWhyLocally, removeWhySubtreeLocally } from './why-edits.ts';
import { createWriteQueue, type WriteQueueStatus } from './write-queue.ts';
import { errorMessage } from '../../../shared/error-message.ts';

export type RootCauseLoadState = 'idle' | 'loading' | 'ready' | 'error';
export type ConflictPatch = MethodInput<'conflicts.update'>['patch'];

export interface NewNoteFields {
  category: NoteCategory;
  text: string;
  perspective?: Perspective;
  findingKind?: FindingKind;
}

export interface RootCauseState {
  meetingId: string | null;
  whys: Why[];
  notes: Note[];
  conflicts: Conflict[];
  loadState: RootCauseLoadState;
  loadError: string | null;
  saveStatus: WriteQueueStatus;
  /** Why the last add or move in the whys tree was not made (a limit of src/shared/whys/limits.ts), until the next one is. */
  whyRefusal: string | null;

  open(meetingId: string): Promise<void>;
  close(): void;
  /** Adds a "why?" node (or the problem statement for parentId null) and returns its id at once; null when refused. */
  addWhy(parentId: string | null, position?: number, text?: string): string | null;
  editWhyText(id: string, text: string): void;
  setWhyKind(id: string, kind: WhyKind): void;
  moveWhy(id: string, parentId: string | null, position: number | undefined): void;
  removeWhy(id: string): void;
  addNote(fields: NewNoteFields): string | null;
  editNoteText(id: string, text: string): void;
  removeNote(id: string): void;
  addConflict(topic: string): string | null;
  editConflict(id: string, patch: ConflictPatch): void;
  removeConflict(id: string): void;
  /** Sends held edits now (on blur). */
  flush(): void;
  retry(): void;
}

/** A delete sent again after its answer was lost finds nothing: what was asked for is done. */
const alreadyGone = (error: unknown): void => {
  if (!(error instanceof ApiError && error.code === 'not_found')) throw error;
};

const describe = (error: unknown) => errorMessage(error, 'Something went wrong.');
const EMPTY = { whys: [], notes: [], conflicts: [], loadError: null, whyRefusal: null };

/** `newId` is passed in (the renderer's LAN-safe UUID), so this store also runs against the real service in tests. */
export function createRootCauseStore(client: ApiClient, undo: UndoStack, newId: () => string, now: () => number = Date.now) {
  return createDomainStore<RootCauseState>((set, get) => {
    let refetchWanted = false;
    const isCurrent = (meetingId: string | null) => meetingId !== null && get().meetingId === meetingId;

    const fetchAll = coalescedRefetch(async () => {
      const meetingId = get().meetingId;
      if (!meetingId) return;
      try {
        const [whys, notes, conflicts] = await Promise.all([
          client.call('whys.list', { meetingId }),
          client.call('notes.list', { meetingId }),
          client.call('conflicts.list', { meetingId }),
        ]);
        if (!isCurrent(meetingId)) return;
        // Words typed while the lists were on their way win: fetch again once they are saved.
        if (!queue.isIdle()) {
          refetchWanted = true;
          return;
        }
        set({ whys, notes, conflicts, loadState: 'ready', loadError: null });
      } catch (error) {
        if (isCurrent(meetingId)) set({ loadState: 'error', loadError: describe(error) });
      }
    });

    const refetch = () => {
      if (queue.isIdle()) void fetchAll();
      else refetchWanted = true;
    };

    const queue = createWriteQueue(
      (saveStatus) => {
        set({ saveStatus });
        if (saveStatus.state === 'refused') refetchWanted = true;
      },
      () => {
        if (!refetchWanted) return;
        refetchWanted = false;
        void fetchAll();
      },
    );

    followMeeting(client, {
      meetingId: () => get().meetingId,
      entities: ['why', 'note', 'conflict'],
      onChange: refetch,
      onResync(caughtUp) {
        // Writes stalled by the lost connection go out first (adds carry their ids, so none is stored twice).
        queue.retry();
        if (!caughtUp) refetch();
      },
    });

    /** Puts back what a delete took, if its meeting is still the one shown. */
    const offerUndo = (meetingId: string, text: string, more: string | undefined, restore: () => void) =>
      undo.getState().push({ verb: 'Deleted', text, ...(more ? { more } : {}), restore: () => isCurrent(meetingId) && restore() });

    const sendWhyAdd = (why: Why) =>
      queue.push(async () => {
        await client.call('whys.add', {
          id: why.id,
          meetingId: why.meetingId,
          parentId: why.parentId,
          position: why.position,
          text: why.text,
          kind: why.kind,
          createdAt: why.createdAt,
        });
      });

    const sendNoteAdd = (note: Note) =>
      queue.push(async () => {
        await client.call('notes.add', {
          id: note.id,
          meetingId: note.meetingId,
          category: note.category,
          perspective: note.perspective,
          findingKind: note.findingKind,
          position: note.position,
          text: note.text,
          createdAt: note.createdAt,
        });
      });

    const sendConflictAdd = (conflict: Conflict) =>
      queue.push(async () => {
        const { id, meetingId, topic, positionA, perspectiveA, positionB, perspectiveB, tradeOff, resolution, escalated, createdAt } = conflict;
        await client.call('conflicts.add', { id, meetingId, topic, positionA, perspectiveA, positionB, perspectiveB, tradeOff, resolution, escalated, createdAt });
      });

    const heldConflictPatches = new Map<string, ConflictPatch>();

    return {
      meetingId: null,
      ...EMPTY,
      loadState: 'idle',
      saveStatus: { state: 'idle' },

      async open(meetingId) {
        if (get().meetingId === meetingId && get().loadState === 'ready') return;
        set({ meetingId, ...EMPTY, loadState: 'loading' });
        await fetchAll();
      },

      close() {
        queue.flushEdits();
        set({ meetingId: null, ...EMPTY, loadState: 'idle' });
      },

      addWhy(parentId, position, text = '') {
        const meetingId = get().meetingId;
        if (!meetingId) return null;
        const whyRefusal = whyLimitRefusal(get().whys, parentId);
        if (get().whyRefusal !== whyRefusal) set({ whyRefusal });
        if (whyRefusal !== null) return null;
        const siblings = get().whys.filter((why) => why.parentId === parentId);
        const at = now();
        const why: Why = {
          id: newId(),
          meetingId,
          parentId,
          position: position ?? siblings.length,
          text,
          kind: parentId === null ? 'problem' : 'unclassified',
          author: '',
          createdAt: at,
          updatedAt: at,
        };
        set((state) => ({ whys: insertWhyLocally(state.whys, why) }));
        const placed = get().whys.find((other) => other.id === why.id) ?? why;
        sendWhyAdd(placed);
        return why.id;
      },

      editWhyText(id, text) {
        set((state) => ({ whys: state.whys.map((why) => (why.id === id ? { ...why, text } : why)) }));
        queue.edit(`why:${id}`, async () => {
          await client.call('whys.update', { id, patch: { text } });
        });
      },

      setWhyKind(id, kind) {
        set((state) => ({ whys: state.whys.map((why) => (why.id === id ? { ...why, kind } : why)) }));
        queue.push(async () => {
          await client.call('whys.update', { id, patch: { kind } });
        });
      },

      moveWhy(id, parentId, position) {
        const moving = get().whys.find((why) => why.id === id);
        const whyRefusal = moving && moving.parentId !== parentId ? whyLimitRefusal(get().whys, parentId, id) : null;
        if (get().whyRefusal !== whyRefusal) set({ whyRefusal });
        if (whyRefusal !== null) return;
        set((state) => ({ whys: moveWhyLocally(state.whys, id, parentId, position) }));
        const placed = get().whys.find((why) => why.id === id);
        if (!placed) return;
        queue.push(async () => {
          await client.call('whys.update', { id, patch: { parentId, position: placed.position } });
        });
      },

      removeWhy(id) {
        const { remaining, removed } = removeWhySubtreeLocally(get().whys, id);
        if (removed.length === 0) return;
        set({ whys: remaining });
        const first = removed[0];
        const below = removed.length > 1 ? `and ${removed.length - 1} below it` : undefined;
        offerUndo(first?.meetingId ?? '', first?.text || 'an empty answer', below, () => {
          for (const why of removed) {
            set((state) => ({ whys: insertWhyLocally(state.whys, why) }));
            sendWhyAdd(why);
          }
        });
        queue.push(async () => {
          await client.call('whys.delete', { id }).catch(alreadyGone);
        });
      },

      addNote(fields) {
        const meetingId = get().meetingId;
        const text = fields.text.trim();
        if (!meetingId || isBlankText(text)) return null;
        const perspective = fields.perspective ?? null;
        const findingKind = fields.findingKind ?? null;
        const sameList = get().notes.filter(
          (note) => note.category === fields.category && note.perspective === perspective && note.findingKind === findingKind,
        );
        const at = now();
        const note: Note = {
          id: newId(),
          meetingId,
          category: fields.category,
          perspective,
          findingKind,
          position: sameList.length,
          text,
          author: '',
          createdAt: at,
          updatedAt: at,
        };
        set((state) => ({ notes: [...state.notes, note] }));
        sendNoteAdd(note);
        return note.id;
      },

      editNoteText(id, text) {
        set((state) => ({ notes: state.notes.map((note) => (note.id === id ? { ...note, text } : note)) }));
        // A note needs words; an emptied one keeps its saved text until something is typed or it is deleted.
        if (isBlankText(text)) return;
        queue.edit(`note:${id}`, async () => {
          await client.call('notes.update', { id, patch: { text } });
        });
      },

      removeNote(id) {
        const note = get().notes.find((other) => other.id === id);
        if (!note) return;
        set((state) => ({
          notes: state.notes
            .filter((other) => other.id !== id)
            .map((other) =>
              other.category === note.category && other.perspective === note.perspective && other.findingKind === note.findingKind && other.position > note.position
                ? { ...other, position: other.position - 1 }
                : other,
            ),
        }));
        offerUndo(note.meetingId, note.text, undefined, () => {
          set((state) => ({ notes: [...state.notes, note] }));
          sendNoteAdd(note);
        });
        queue.push(async () => {
          await client.call('notes.delete', { id }).catch(alreadyGone);
        });
      },

      addConflict(topic) {
        const meetingId = get().meetingId;
        if (!meetingId || isBlankText(topic)) return null;
        const at = now();
        const conflict: Conflict = {
          id: newId(),
          meetingId,
          position: get().conflicts.length,
          topic: topic.trim(),
          positionA: '',
          perspectiveA: null,
          positionB: '',
          perspectiveB: null,
          tradeOff: '',
          resolution: '',
          escalated: false,
          createdAt: at,
          updatedAt: at,
        };
        set((state) => ({ conflicts: [...state.conflicts, conflict] }));
        sendConflictAdd(conflict);
        return conflict.id;
      },

      editConflict(id, patch) {
        set((state) => ({ conflicts: state.conflicts.map((conflict) => (conflict.id === id ? { ...conflict, ...patch } : conflict)) }));
        if (patch.topic !== undefined && isBlankText(patch.topic)) return;
        heldConflictPatches.set(id, { ...heldConflictPatches.get(id), ...patch });
        queue.edit(`conflict:${id}`, async () => {
          const held = heldConflictPatches.get(id) ?? {};
          heldConflictPatches.delete(id);
          await client.call('conflicts.update', { id, patch: held });
        });
      },

      removeConflict(id) {
        const conflict = get().conflicts.find((other) => other.id === id);
        if (!conflict) return;
        set((state) => ({ conflicts: state.conflicts.filter((other) => other.id !== id) }));
        offerUndo(conflict.meetingId, conflict.topic, undefined, () => {
          set((state) => ({ conflicts: [...state.conflicts, conflict].sort((a, b) => a.position - b.position) }));
          sendConflictAdd(conflict);
        });
        queue.push(async () => {
          await client.call('conflicts.delete', { id }).catch(alreadyGone);
        });
      },

      flush() {
        queue.flushEdits();
      },

      retry() {
        queue.retry();
      },
    };
  });
}
