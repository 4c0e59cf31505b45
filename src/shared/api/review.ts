import { z } from 'zod';
import { REVIEW_STATES, type Review } from '../domain/review.ts';
import { id, requiredText } from './fields.ts';
import { returns, type MethodDeclarations } from './method.ts';

export const REVIEWER_NAME_MAX = 200;

const reviewerName = requiredText(REVIEWER_NAME_MAX);

export const reviewIdInput = z.strictObject({ meetingId: id });
export const setReviewStateInput = z.strictObject({
  meetingId: id,
  state: z.enum(REVIEW_STATES, { message: `must be one of ${REVIEW_STATES.join(', ')}` }),
});
export const reviewerInput = z.strictObject({ meetingId: id, name: reviewerName });

// Circulating, publishing and sign-offs are the facilitator's (the brief: "facilitator only for writes"); a note-taker
// may read the review of the meeting they joined, since it shows only what that meeting's report already shows.
const facilitatorWrites = { access: 'refused', because: 'the review is circulated, published and signed off by the facilitator' } as const;

export const reviewMethods = {
  /** The state, the reviewers with their sign-offs and what changed since each signed off, and the history. */
  'review.get': { input: reviewIdInput, result: returns<Review>(), resend: 'read', noteTaker: { access: 'meeting' } },
  /**
   * draft → in_review → published; published → in_review reopens (recorded as `reopened`); in_review → draft takes a
   * review back. Setting the state it already has changes nothing, so a re-sent call is harmless.
   */
  'review.setState': { input: setReviewStateInput, result: returns<Review>(), resend: 'always', noteTaker: facilitatorWrites },
  /** Adding a name already there changes nothing. */
  'review.addReviewer': { input: reviewerInput, result: returns<Review>(), resend: 'always', noteTaker: facilitatorWrites },
  /** Records that reviewer's sign-off now; signing again moves the date on (they read the changes since). */
  'review.signOff': { input: reviewerInput, result: returns<Review>(), resend: 'never', noteTaker: facilitatorWrites },
} as const satisfies MethodDeclarations;
