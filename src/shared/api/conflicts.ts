import { z } from 'zod';
import type { Conflict } from '../domain/conflicts.ts';
import { PERSPECTIVES } from '../domain/participant.ts';
import { epochMs, id, optionalText, requiredText } from './fields.ts';
import { returns, type Deleted, type MethodDeclarations } from './method.ts';

export const CONFLICT_TOPIC_MAX = 300;
export const CONFLICT_TEXT_MAX = 5_000;

const conflictFields = {
  topic: requiredText(CONFLICT_TOPIC_MAX),
  positionA: optionalText(CONFLICT_TEXT_MAX),
  perspectiveA: z.enum(PERSPECTIVES).nullable(),
  positionB: optionalText(CONFLICT_TEXT_MAX),
  perspectiveB: z.enum(PERSPECTIVES).nullable(),
  tradeOff: optionalText(CONFLICT_TEXT_MAX),
  resolution: optionalText(CONFLICT_TEXT_MAX),
  escalated: z.boolean({ message: 'must be true or false' }),
};

export const addConflictInput = z.strictObject({
  meetingId: id,
  ...conflictFields,
  positionA: conflictFields.positionA.optional(),
  perspectiveA: conflictFields.perspectiveA.optional(),
  positionB: conflictFields.positionB.optional(),
  perspectiveB: conflictFields.perspectiveB.optional(),
  tradeOff: conflictFields.tradeOff.optional(),
  resolution: conflictFields.resolution.optional(),
  escalated: conflictFields.escalated.optional(),
  /** A client-chosen id: a retried add is stored once, and undo of a delete restores the same record. */
  id: id.optional(),
  createdAt: epochMs.optional(),
});

export const updateConflictInput = z.strictObject({ id, patch: z.strictObject(conflictFields).partial() });
export const conflictIdInput = z.strictObject({ id });
export const listConflictsInput = z.strictObject({ meetingId: id });

const facilitatorOnly = { access: 'refused', because: 'conflicting recommendations are recorded by the facilitator' } as const;

export const conflictMethods = {
  'conflicts.list': { input: listConflictsInput, result: returns<Conflict[]>(), resend: 'read', noteTaker: { access: 'meeting' } },
  'conflicts.add': { input: addConflictInput, result: returns<Conflict>(), resend: 'with-id', noteTaker: facilitatorOnly, reportContent: true },
  'conflicts.update': { input: updateConflictInput, result: returns<Conflict>(), resend: 'always', noteTaker: facilitatorOnly, reportContent: true },
  'conflicts.delete': { input: conflictIdInput, result: returns<Deleted>(), resend: 'always', noteTaker: facilitatorOnly, reportContent: true },
} as const satisfies MethodDeclarations;
