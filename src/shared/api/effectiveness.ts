import { z } from 'zod';
import { EFFECTIVENESS_OUTCOMES, type EffectivenessItem, type EffectivenessResult, type EffectivenessReview } from '../domain/effectiveness.ts';
import type { Meeting } from '../domain/meeting.ts';
import { id, optionalText } from './fields.ts';
import { returns, type MethodDeclarations } from './method.ts';

export const EFFECTIVENESS_NOTE_MAX = 5_000;

export const effectivenessMeetingInput = z.strictObject({ meetingId: id });

export const startEffectivenessInput = z.strictObject({
  /** The review whose action items are checked. */
  meetingId: id,
  /** A client-chosen id for the new meeting makes a retried start harmless. */
  id: id.optional(),
});

export const effectivenessPatch = z
  .strictObject({
    /** Sets the action item's status: done, or (if it was done) open again. */
    done: z.boolean({ message: 'must be true or false' }),
    outcome: z.enum(EFFECTIVENESS_OUTCOMES, { message: `must be one of ${EFFECTIVENESS_OUTCOMES.join(', ')}` }).nullable(),
    note: optionalText(EFFECTIVENESS_NOTE_MAX),
  })
  .partial();

/** `id` is the action item's. */
export const recordEffectivenessInput = z.strictObject({ id, patch: effectivenessPatch });

export const listEffectivenessInput = z.strictObject({}).optional();

// Held by the facilitator on the laptop: the effectiveness review is not a capture task for a joined note-taker.
const facilitatorOnly = { access: 'refused', because: 'the effectiveness review is run by the facilitator' } as const;

/**
 * The effectiveness review, 30 days after the meeting (issue 15). None of these change report content in the sense of
 * `reportContent`: results stay writable while the review is published, each recorded with its date.
 */
export const effectivenessMethods = {
  /**
   * The review's action items with their results; asked with an effectiveness-review meeting, the review it checks. Not
   * for a note-taker: asked with the meeting they joined, it could answer another meeting's items.
   */
  'effectiveness.get': { input: effectivenessMeetingInput, result: returns<EffectivenessReview>(), resend: 'read', noteTaker: facilitatorOnly },
  /** Every recorded result of every review, for the follow-ups ledger. */
  'effectiveness.list': { input: listEffectivenessInput, result: returns<EffectivenessResult[]>(), resend: 'read', noteTaker: facilitatorOnly },
  /**
   * Creates the meeting that holds the check, with the "Effectiveness review, 15 min" agenda, linked to the review;
   * a second start while one has not finished answers that one.
   */
  'effectiveness.start': { input: startEffectivenessInput, result: returns<Meeting>(), resend: 'with-id', noteTaker: facilitatorOnly },
  /** Records one action item's result now; `done` sets the item's status. Fields left out keep their value. */
  'effectiveness.record': { input: recordEffectivenessInput, result: returns<EffectivenessItem>(), resend: 'always', noteTaker: facilitatorOnly },
} as const satisfies MethodDeclarations;
