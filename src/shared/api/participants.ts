import { z } from 'zod';
import { PARTICIPANT_ROLES, PERSPECTIVES } from '../domain/participant.ts';
import { id, requiredText } from './fields.ts';

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
