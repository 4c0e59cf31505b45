import { z } from 'zod';
import { PARTICIPANT_ROLES, PERSPECTIVES, type Participant } from '../domain/participant.ts';
import { id, requiredText } from './fields.ts';
import { returns, type Deleted, type MethodDeclarations } from './method.ts';
import { FACILITATOR_ONLY } from './note-taker-rule.ts';

export const PARTICIPANT_NAME_MAX = 120;

export const addParticipantInput = z.strictObject({
  meetingId: id,
  name: requiredText(PARTICIPANT_NAME_MAX),
  role: z.enum(PARTICIPANT_ROLES).optional(),
  perspective: z.enum(PERSPECTIVES).nullable().optional(),
  id: id.optional(),
});

export const updateParticipantInput = z.strictObject({
  id,
  patch: z
    .strictObject({
      name: requiredText(PARTICIPANT_NAME_MAX),
      role: z.enum(PARTICIPANT_ROLES),
      perspective: z.enum(PERSPECTIVES).nullable(),
    })
    .partial(),
});

export const participantIdInput = z.strictObject({ id });
export const listParticipantsInput = z.strictObject({ meetingId: id });

const facilitatorOnly = { access: 'refused', because: FACILITATOR_ONLY } as const;

export const participantMethods = {
  'participants.list': { input: listParticipantsInput, result: returns<Participant[]>(), resend: 'read', noteTaker: { access: 'meeting' } },
  'participants.add': { input: addParticipantInput, result: returns<Participant>(), resend: 'with-id', noteTaker: facilitatorOnly, reportContent: true },
  'participants.update': { input: updateParticipantInput, result: returns<Participant>(), resend: 'always', noteTaker: facilitatorOnly, reportContent: true },
  'participants.remove': { input: participantIdInput, result: returns<Deleted>(), resend: 'never', noteTaker: facilitatorOnly, reportContent: true },
} as const satisfies MethodDeclarations;
