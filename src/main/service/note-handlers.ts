import type { ApiHandlers } from '../../shared/api/contract.ts';
import { ApiError } from '../../shared/api/errors.ts';
import type { Note } from '../../shared/domain/notes.ts';
import { deleteNote, getNote, insertNote, listNotes, listNoteSiblings, setNotePosition, updateNoteContent } from '../db/repositories/notes.ts';
import type { ServiceContext } from './context.ts';
import { requireMeeting, requireNote } from './required-rows.ts';
import { storedAdd } from './resent-add.ts';
import { placeAmong, renumber } from './sibling-order.ts';
import { detachEvidence } from '../db/repositories/detached-evidence.ts';
import { putBackEvidence } from './item-evidence.ts';

type NoteHandlers = ApiHandlers<'notes'>;

export function noteHandlers({ db, now, newId, mutate }: ServiceContext): NoteHandlers {
  /** Closes the gaps in a note's list, optionally putting `id` at `position`. */
  const reorder = (list: Pick<Note, 'meetingId' | 'category' | 'perspective' | 'findingKind'>, id?: string, position?: number): void => {
    const siblings = listNoteSiblings(db, list);
    const ids = siblings.map((s) => s.id);
    const order = id === undefined ? ids : placeAmong(ids, id, position);
    renumber(siblings, order, (noteId, at) => setNotePosition(db, noteId, at));
  };

  return {
    'notes.list': ({ meetingId }) => {
      requireMeeting(db, meetingId);
      return listNotes(db, meetingId);
    },

    'notes.add': (input) =>
      mutate((changes) => {
        const stored = storedAdd(input, 'note', (id) => getNote(db, id));
        if (stored) return stored;
        requireMeeting(db, input.meetingId);
        const list = {
          meetingId: input.meetingId,
          category: input.category,
          perspective: input.perspective ?? null,
          findingKind: input.findingKind ?? null,
        };
        const at = now();
        const note = insertNote(db, {
          ...list,
          severity: input.severity ?? null,
          id: input.id ?? newId(),
          position: listNoteSiblings(db, list).length,
          text: input.text,
          author: input.author ?? '',
          createdAt: input.createdAt ?? at,
          now: at,
        });
        if (input.position !== undefined) reorder(list, note.id, input.position);
        changes.touch(note.meetingId, 'note', note.id, 'created');
        putBackEvidence(db, changes, 'note', note.id, note.meetingId);
        return requireNote(db, note.id);
      }),

    'notes.update': ({ id, patch }) =>
      mutate((changes) => {
        const before = requireNote(db, id);
        for (const field of ['findingKind', 'severity'] as const) {
          if (patch[field] != null && before.category !== 'perspective_finding') {
            throw new ApiError('invalid_input', `patch.${field}: is only for a perspective finding`, `patch.${field}`);
          }
        }
        const movesList = patch.findingKind !== undefined && patch.findingKind !== before.findingKind;
        const after = updateNoteContent(db, id, { text: patch.text, findingKind: patch.findingKind, severity: patch.severity }, now());
        if (movesList) {
          reorder(before);
          reorder(after, id, patch.position);
        } else if (patch.position !== undefined) {
          reorder(after, id, patch.position);
        }
        changes.touch(after.meetingId, 'note', id, 'updated');
        return requireNote(db, id);
      }),

    'notes.delete': ({ id }) =>
      mutate((changes) => {
        const note = requireNote(db, id);
        detachEvidence(db, 'note', [id], now());
        deleteNote(db, id);
        reorder(note);
        const revision = changes.touch(note.meetingId, 'note', id, 'deleted');
        return { id, meetingId: note.meetingId, revision };
      }),
  };
}
