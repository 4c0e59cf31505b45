import type { ApiHandlers } from '../../shared/api/contract.ts';
import { deleteConflict, getConflict, insertConflict, listConflicts, nextConflictPosition, updateConflict } from '../db/repositories/conflicts.ts';
import type { ServiceContext } from './context.ts';
import { requireConflict, requireMeeting } from './required-rows.ts';
import { storedAdd } from './resent-add.ts';

type ConflictHandlers = ApiHandlers<'conflicts'>;

export function conflictHandlers({ db, now, newId, mutate }: ServiceContext): ConflictHandlers {
  return {
    'conflicts.list': ({ meetingId }) => {
      requireMeeting(db, meetingId);
      return listConflicts(db, meetingId);
    },

    'conflicts.add': (input) =>
      mutate((changes) => {
        const stored = storedAdd(input, 'conflict', (id) => getConflict(db, id));
        if (stored) return stored;
        requireMeeting(db, input.meetingId);
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
        requireConflict(db, id);
        const conflict = updateConflict(db, id, patch, now());
        changes.touch(conflict.meetingId, 'conflict', id, 'updated');
        return conflict;
      }),

    'conflicts.delete': ({ id }) =>
      mutate((changes) => {
        const conflict = requireConflict(db, id);
        deleteConflict(db, id);
        const revision = changes.touch(conflict.meetingId, 'conflict', id, 'deleted');
        return { id, meetingId: conflict.meetingId, revision };
      }),
  };
}
