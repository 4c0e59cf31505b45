import type { ApiHandlers } from '../../shared/api/contract.ts';
import { getMeeting } from '../db/repositories/meetings.ts';
import {
  deleteParticipant,
  getParticipant,
  insertParticipant,
  listParticipants,
  updateParticipant,
} from '../db/repositories/participants.ts';
import { notFound, type ServiceContext } from './context.ts';

type ParticipantHandlers = ApiHandlers<'participants'>;

export function participantHandlers({ db, now, newId, mutate }: ServiceContext): ParticipantHandlers {
  const requireParticipant = (id: string) => getParticipant(db, id) ?? (() => { throw notFound('participant', id); })();

  return {
    'participants.list': ({ meetingId }) => {
      if (!getMeeting(db, meetingId)) throw notFound('meeting', meetingId);
      return listParticipants(db, meetingId);
    },

    'participants.add': (input) =>
      mutate((changes) => {
        if (input.id) {
          const existing = getParticipant(db, input.id);
          if (existing && existing.meetingId === input.meetingId) return existing;
        }
        if (!getMeeting(db, input.meetingId)) throw notFound('meeting', input.meetingId);
        const participant = insertParticipant(db, {
          id: input.id ?? newId(),
          meetingId: input.meetingId,
          name: input.name,
          role: input.role ?? 'responder',
          perspective: input.perspective ?? null,
          now: now(),
        });
        changes.touch(participant.meetingId, 'participant', participant.id, 'created');
        return participant;
      }),

    'participants.update': ({ id, patch }) =>
      mutate((changes) => {
        requireParticipant(id);
        const participant = updateParticipant(db, id, patch) ?? requireParticipant(id);
        changes.touch(participant.meetingId, 'participant', id, 'updated');
        return participant;
      }),

    'participants.remove': ({ id }) =>
      mutate((changes) => {
        const participant = requireParticipant(id);
        deleteParticipant(db, id);
        const revision = changes.touch(participant.meetingId, 'participant', id, 'deleted');
        return { id, meetingId: participant.meetingId, revision };
      }),
  };
}
