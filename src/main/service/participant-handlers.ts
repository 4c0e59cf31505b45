import type { ApiHandlers } from '../../shared/api/contract.ts';
import { deleteParticipant, getParticipant, insertParticipant, listParticipants, updateParticipant } from '../db/repositories/participants.ts';
import type { ServiceContext } from './context.ts';
import { requireMeeting, requireParticipant } from './required-rows.ts';
import { storedAdd } from './resent-add.ts';

type ParticipantHandlers = ApiHandlers<'participants'>;

export function participantHandlers({ db, now, newId, mutate }: ServiceContext): ParticipantHandlers {
  return {
    'participants.list': ({ meetingId }) => {
      requireMeeting(db, meetingId);
      return listParticipants(db, meetingId);
    },

    'participants.add': (input) =>
      mutate((changes) => {
        const stored = storedAdd(input, 'participant', (id) => getParticipant(db, id));
        if (stored) return stored;
        requireMeeting(db, input.meetingId);
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
        requireParticipant(db, id);
        const participant = updateParticipant(db, id, patch) ?? requireParticipant(db, id);
        changes.touch(participant.meetingId, 'participant', id, 'updated');
        return participant;
      }),

    'participants.remove': ({ id }) =>
      mutate((changes) => {
        const participant = requireParticipant(db, id);
        deleteParticipant(db, id);
        const revision = changes.touch(participant.meetingId, 'participant', id, 'deleted');
        return { id, meetingId: participant.meetingId, revision };
      }),
  };
}
