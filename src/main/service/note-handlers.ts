import type { ApiHandlers } from '../../shared/api/contract.ts';
import { ApiError } from '../../shared/api/errors.ts';
import type { Note } from '../../shared/domain/notes.ts';
import { getMeeting } from '../db/repositories/meetings.ts';
import {
  deleteNote,
  getNote,
  insertNote,
  listNotes,
  listNoteSiblings,
  setNotePosition,
  updateNoteContent,
} from '../db/repositories/notes.ts';
import { notFound, type ServiceContext } from './context.ts';
import { placeAmong, renumber } from './sibling-order.ts';

type NoteHandlers = ApiHandlers<'notes'>;

export function noteHandlers({ db, now, newId, mutate }: ServiceContext): NoteHandlers {
  const requireNote = (id: string): Note => getNote(db, id) ?? (() => { throw notFound('note', id); })();

  /** Closes the gaps in a note's list, optionally putting `id` at `position`. */
  const reorder = (list: Pick<Note, 'meetingId' | 'category' | 'perspective' | 'findingKind'>, id?: string, position?: number): void => {
    const siblings = listNoteSiblings(db, list);
    const ids = siblings.map((s) => s.id);
    const order = id === undefined ? ids : placeAmong(ids, id, position);
    renumber(siblings, order, (noteId, at) => setNotePosition(db, noteId, at));
  };

  return {
    'notes.list': ({ meetingId }) => {
      if (!getMeeting(db, meetingId)) throw notFound('meeting', meetingId);
      return listNotes(db, meetingId);
    },

    'notes.add': (input) =>
      mutate((changes) => {
        if (input.id) {
          // A retried add (same id) is acknowledged again without a second row.
          const existing = getNote(db, input.id);
          if (existing) {
            if (existing.meetingId !== input.meetingId) {
              throw new ApiError('conflict', `id: note ${input.id} belongs to another meeting`, 'id');
            }
            return existing;
          }
        }
        if (!getMeeting(db, input.meetingId)) throw notFound('meeting', input.meetingId);
        const list = {
          meetingId: input.meetingId,
          category: input.category,
          perspective: input.perspective ?? null,
          findingKind: input.findingKind ?? null,
        };
        const at = now();
        const note = insertNote(db, {
          ...list,
          id: input.id ?? newId(),
          position: listNoteSiblings(db, list).length,
          text: input.text,
          author: input.author ?? '',
          createdAt: input.createdAt ?? at,
          now: at,
        });
        if (input.position !== undefined) reorder(list, note.id, input.position);
        changes.touch(note.meetingId, 'note', note.id, 'created');
        return requireNote(note.id);
      }),

    'notes.update': ({ id, patch }) =>
      mutate((changes) => {
        const before = requireNote(id);
        if (patch.findingKind !== undefined && before.category !== 'perspective_finding') {
          throw new ApiError('invalid_input', 'patch.findingKind: is only for a perspective finding', 'patch.findingKind');
        }
        const movesList = patch.findingKind !== undefined && patch.findingKind !== before.findingKind;
        const after = updateNoteContent(db, id, { text: patch.text, findingKind: patch.findingKind }, now());
        if (movesList) {
          reorder(before);
          reorder(after, id, patch.position);
        } else if (patch.position !== undefined) {
          reorder(after, id, patch.position);
        }
        changes.touch(after.meetingId, 'note', id, 'updated');
        return requireNote(id);
      }),

    'notes.delete': ({ id }) =>
      mutate((changes) => {
        const note = requireNote(id);
        deleteNote(db, id);
        reorder(note);
        const revision = changes.touch(note.meetingId, 'note', id, 'deleted');
        return { id, meetingId: note.meetingId, revision };
      }),
  };
}
