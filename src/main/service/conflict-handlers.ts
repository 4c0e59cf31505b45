import type { ApiHandlers } from '../../shared/api/contract.ts';
import { ApiError } from '../../shared/api/errors.ts';
import type { Conflict } from '../../shared/domain/conflicts.ts';
import {
  deleteConflict,
  getConflict,
  insertConflict,
  listConflicts,
  nextConflictPosition,
  updateConflict,
} from '../db/repositories/conflicts.ts';
import { getMeeting } from '../db/repositories/meetings.ts';
import { notFound, type ServiceContext } from './context.ts';

type ConflictHandlers = ApiHandlers<'conflicts'>;

export function conflictHandlers({ db, now, newId, mutate }: ServiceContext): ConflictHandlers {
  const requireConflict = (id: string): Conflict => getConflict(db, id) ?? (() => { throw notFound('conflict', id); })();

  return {
    'conflicts.list': ({ meetingId }) => {
      if (!getMeeting(db, meetingId)) throw notFound('meeting', meetingId);
      return listConflicts(db, meetingId);
    },

    'conflicts.add': (input) =>
      mutate((changes) => {
        if (input.id) {
          const existing = getConflict(db, input.id);
          if (existing) {
            if (existing.meetingId !== input.meetingId) {
              throw new ApiError('conflict', `id: conflict ${input.id} belongs to another meeting`, 'id');
            }
            return existing;
          }
        }
        if (!getMeeting(db, input.meetingId)) throw notFound('meeting', input.meetingId);
        const at = now();
        const conflict = insertConflict(db, {
          id: input.id ?? newId(),
          meetingId: input.meetingId,
          position: nextConflictPosition(db, input.meetingId),
          topic: input.topic,
          positionA: input.positionA ?? '',
          perspectiveA: input.perspectiveA ?? null,
          positionB: input.positionB ?? '',
          perspectiveB: input.perspectiveB ?? null,
          tradeOff: input.tradeOff ?? '',
          resolution: input.resolution ?? '',
          escalated: input.escalated ?? false,
          createdAt: input.createdAt ?? at,
          now: at,
        });
        changes.touch(conflict.meetingId, 'conflict', conflict.id, 'created');
        return conflict;
      }),

    'conflicts.update': ({ id, patch }) =>
      mutate((changes) => {
        requireConflict(id);
        const conflict = updateConflict(db, id, patch, now());
        changes.touch(conflict.meetingId, 'conflict', id, 'updated');
        return conflict;
      }),

    'conflicts.delete': ({ id }) =>
      mutate((changes) => {
        const conflict = requireConflict(id);
        deleteConflict(db, id);
        const revision = changes.touch(conflict.meetingId, 'conflict', id, 'deleted');
        return { id, meetingId: conflict.meetingId, revision };
      }),
  };
}
