import type { MethodInput } from '../../../shared/api/contract.ts';
import { ApiError } from '../../../shared/api/errors.ts';
import type { Conflict } from '../../../shared/domain/conflicts.ts';
import type { FindingKind, FindingSeverity, Note, NoteCategory } from '../../../shared/domain/notes.ts';
import type { Perspective } from '../../../shared/domain/participant.ts';
import type { Why } from '../../../shared/domain/whys.ts';
import { isBlankText } from '../../../shared/text/blank-text.ts';
import { whyLimitRefusal } from '../../../shared/whys/limits.ts';
import type { ApiClient } from '../../api/client.ts';
import { createMeetingCollection, type CollectionState } from '../meeting-collection.ts';
import type { OrderedWrites } from '../ordered-writes.ts';
import type { UndoStack } from '../undo-stack.ts';
import { insertWhyLocally, moveWhyLocally, removeWhySubtreeLocally } from './why-edits.ts';

/**
 * The root-cause panel's three collections: the whys tree, notes and conflicting recommendations. Each is a meeting
 * collection whose writes go, in the order made, through the one `writes` queue the three share (so a child is never
 * sent before its parent, and one status says whether all is saved). Typing is held a moment and sent on blur.
 * `newId` is passed in (the renderer's LAN-safe UUID), so these stores also run against the real service in tests.
 */
export interface RootCauseDeps {
  client: ApiClient;
  undo: UndoStack;
  writes: OrderedWrites;
  newId: () => string;
  now?: () => number;
}

export type WhyPatch = MethodInput<'whys.update'>['patch'];
export type NotePatch = MethodInput<'notes.update'>['patch'];
export type ConflictPatch = MethodInput<'conflicts.update'>['patch'];

export interface NewNoteFields {
  category: NoteCategory;
  text: string;
  perspective?: Perspective;
  findingKind?: FindingKind;
  severity?: FindingSeverity | null;
}

export interface WhysState extends CollectionState<Why, 'text', WhyPatch> {
  /** Why the last add or move in the tree was not made (a limit of src/shared/whys/limits.ts), until the next one is. */
  whyRefusal: string | null;
  /** Adds a "why?" node (or the problem statement for parentId null) and returns its id at once; null when refused. */
  add(parentId: string | null, position?: number, text?: string): string | null;
  move(id: string, parentId: string | null, position: number | undefined): void;
}

export interface NotesState extends CollectionState<Note, 'text', NotePatch> {
  add(fields: NewNoteFields): string | null;
}

export interface ConflictsState extends CollectionState<Conflict, 'topic', ConflictPatch> {
  add(topic: string): string | null;
}

/** Replaced where it is, or put last: the views order notes and conflicts themselves (by position). */
const withItem = <Item extends { id: string }>(items: readonly Item[], item: Item) =>
  items.some((other) => other.id === item.id) ? items.map((other) => (other.id === item.id ? item : other)) : [...items, item];

/** A why keeps its place when only its words or kind change; otherwise it is put in its place among its siblings. */
const withWhy = (whys: readonly Why[], why: Why) => {
  const old = whys.find((other) => other.id === why.id);
  return old && old.parentId === why.parentId && old.position === why.position ? withItem(whys, why) : insertWhyLocally(whys, why);
};

/** What an add sends: also what puts a deleted item back as it was (same id and place). */
const whyInput = ({ id, meetingId, parentId, position, text, kind, createdAt }: Why) => ({ id, meetingId, parentId, position, text, kind, createdAt });
const noteInput = ({ id, meetingId, category, perspective, findingKind, severity, position, text, createdAt }: Note) => ({
  id,
  meetingId,
  category,
  perspective,
  findingKind,
  severity,
  position,
  text,
  createdAt,
});
const conflictInput = ({ id, meetingId, topic, positionA, perspectiveA, positionB, perspectiveB, tradeOff, resolution, escalated, createdAt }: Conflict) => ({
  id,
  meetingId,
  topic,
  positionA,
  perspectiveA,
  positionB,
  perspectiveB,
  tradeOff,
  resolution,
  escalated,
  createdAt,
});

/** Left as typed, but not sent: the saved words stay until some are typed (or the item is deleted). */
const blank = (text: string | undefined, field: string, message: string) =>
  text !== undefined && isBlankText(text) ? new ApiError('invalid_input', message, field) : null;

export function createWhysStore({ client, undo, writes, newId, now = Date.now }: RootCauseDeps) {
  return createMeetingCollection<Why, MethodInput<'whys.add'> & { id: string }, 'text', WhyPatch, Pick<WhysState, 'whyRefusal' | 'add' | 'move'>>(
    client,
    undo,
    {
      entity: 'why',
      load: async (meetingId) => ({ items: await client.call('whys.list', { meetingId }) }),
      place: withWhy,
      add: (input) => client.call('whys.add', input),
      checkUpdate: () => null,
      update: (id, patch) => client.call('whys.update', { id, patch }),
      delete: (id) => client.call('whys.delete', { id }),
      restoreInput: whyInput,
      deletedText: (why) => why.text || 'an empty answer',
      formFields: { text: 'text' },
      ordered: {
        writes,
        holds: (patch) => patch.text !== undefined,
        removeLocally: (whys, id) => {
          const { remaining, removed } = removeWhySubtreeLocally(whys, id);
          return { items: remaining, removed };
        },
        deletedMore: (below) => `and ${below} below it`,
      },
    },
    ({ set, get, send }) => {
      const refuses = (whyRefusal: string | null) => {
        if (get().whyRefusal !== whyRefusal) set({ whyRefusal });
        return whyRefusal !== null;
      };
      return {
        whyRefusal: null,

        add(parentId, position, text = '') {
          const meetingId = get().meetingId;
          if (!meetingId || refuses(whyLimitRefusal(get().items, parentId))) return null;
          const at = now();
          const why: Why = {
            id: newId(),
            meetingId,
            parentId,
            position: position ?? get().items.filter((other) => other.parentId === parentId).length,
            text,
            kind: parentId === null ? 'problem' : 'unclassified',
            author: '',
            createdAt: at,
            updatedAt: at,
          };
          const placed = insertWhyLocally(get().items, why).find((other) => other.id === why.id) ?? why;
          send(whyInput(placed), placed);
          return why.id;
        },

        move(id, parentId, position) {
          const moving = get().items.find((why) => why.id === id);
          if (!moving || refuses(moving.parentId !== parentId ? whyLimitRefusal(get().items, parentId, id) : null)) return;
          set((state) => ({ items: moveWhyLocally(state.items, id, parentId, position) }));
          const placed = get().items.find((why) => why.id === id);
          if (placed) void get().update(id, { parentId, position: placed.position });
        },
      };
    },
  );
}

export function createNotesStore({ client, undo, writes, newId, now = Date.now }: RootCauseDeps) {
  const sameList = (a: Note, b: Pick<Note, 'category' | 'perspective' | 'findingKind'>) =>
    a.category === b.category && a.perspective === b.perspective && a.findingKind === b.findingKind;
  return createMeetingCollection<Note, MethodInput<'notes.add'> & { id: string }, 'text', NotePatch, Pick<NotesState, 'add'>>(
    client,
    undo,
    {
      entity: 'note',
      load: async (meetingId) => ({ items: await client.call('notes.list', { meetingId }) }),
      place: withItem,
      add: (input) => client.call('notes.add', input),
      checkUpdate: (_id, patch) => blank(patch.text, 'text', 'A note needs some words; delete it instead to remove it.'),
      update: (id, patch) => client.call('notes.update', { id, patch }),
      delete: (id) => client.call('notes.delete', { id }),
      restoreInput: noteInput,
      deletedText: (note) => note.text,
      formFields: { text: 'text' },
      ordered: {
        writes,
        holds: () => true,
        // The notes after it in its list move up one, as the service moves them.
        removeLocally: (notes, id) => {
          const gone = notes.find((note) => note.id === id);
          if (!gone) return { items: [...notes], removed: [] };
          const items = notes
            .filter((note) => note.id !== id)
            .map((note) => (sameList(note, gone) && note.position > gone.position ? { ...note, position: note.position - 1 } : note));
          return { items, removed: [gone] };
        },
      },
    },
    ({ get, send }) => ({
      add(fields) {
        const meetingId = get().meetingId;
        const text = fields.text.trim();
        if (!meetingId || isBlankText(text)) return null;
        const list = { category: fields.category, perspective: fields.perspective ?? null, findingKind: fields.findingKind ?? null };
        const at = now();
        const note: Note = {
          id: newId(),
          meetingId,
          ...list,
          severity: fields.severity ?? null,
          position: get().items.filter((other) => sameList(other, list)).length,
          text,
          author: '',
          createdAt: at,
          updatedAt: at,
        };
        send(noteInput(note), note);
        return note.id;
      },
    }),
  );
}

export function createConflictsStore({ client, undo, writes, newId, now = Date.now }: RootCauseDeps) {
  return createMeetingCollection<Conflict, MethodInput<'conflicts.add'> & { id: string }, 'topic', ConflictPatch, Pick<ConflictsState, 'add'>>(
    client,
    undo,
    {
      entity: 'conflict',
      load: async (meetingId) => ({ items: await client.call('conflicts.list', { meetingId }) }),
      // Shown in list order: one put back by undo goes back to its place.
      place: (conflicts, conflict) => {
        const placed = withItem(conflicts, conflict);
        return placed.length > conflicts.length ? placed.sort((a, b) => a.position - b.position) : placed;
      },
      add: (input) => client.call('conflicts.add', input),
      checkUpdate: (_id, patch) => blank(patch.topic, 'topic', 'A conflict needs a topic; the last one typed is kept until then.'),
      update: (id, patch) => client.call('conflicts.update', { id, patch }),
      delete: (id) => client.call('conflicts.delete', { id }),
      restoreInput: conflictInput,
      deletedText: (conflict) => conflict.topic,
      formFields: { topic: 'topic' },
      ordered: { writes, holds: () => true },
    },
    ({ get, send }) => ({
      add(topic) {
        const meetingId = get().meetingId;
        if (!meetingId || isBlankText(topic)) return null;
        const at = now();
        const conflict: Conflict = {
          id: newId(),
          meetingId,
          position: get().items.length,
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
        send(conflictInput(conflict), conflict);
        return conflict.id;
      },
    }),
  );
}
