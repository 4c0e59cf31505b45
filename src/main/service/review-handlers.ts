import type { Database } from 'better-sqlite3';
import type { ApiHandlers } from '../../shared/api/contract.ts';
import { ApiError } from '../../shared/api/errors.ts';
import { FACILITATOR_NAME, REVIEW_STATE_LABELS, type Review, type ReviewState } from '../../shared/domain/review.ts';
import {
  getReviewer,
  insertReviewer,
  insertReviewHistory,
  listReviewers,
  listReviewHistory,
  readReviewState,
  saveReviewState,
  setSignedOff,
} from '../db/repositories/reviews.ts';
import type { ServiceContext } from './context.ts';
import { requireMeeting } from './required-rows.ts';

type ReviewHandlers = ApiHandlers<'review'>;

export function readReview(db: Database, meetingId: string): Review {
  const { state, stateChangedAt } = readReviewState(db, meetingId);
  const history = listReviewHistory(db, meetingId);
  const edits = history.filter((entry) => entry.kind === 'edit_after_circulation');
  const reviewers = listReviewers(db, meetingId).map((reviewer) => ({
    ...reviewer,
    changedSinceSignOff: reviewer.signedOffAt === null ? [] : edits.filter((entry) => entry.at > (reviewer.signedOffAt ?? 0)),
  }));
  return { meetingId, state, stateChangedAt, reviewers, history };
}

const label = (state: ReviewState): string => REVIEW_STATE_LABELS[state];

/** Why a move between two different states is refused, or null when the lifecycle allows it. */
function refusedMove(from: ReviewState, to: ReviewState): string | null {
  if (from === 'draft' && to === 'published') {
    return `A ${label('draft')} cannot be ${label('published')} directly: circulate it for factual corrections first (set it to ${label('in_review')}), then publish it.`;
  }
  if (from === 'published' && to === 'draft') {
    return `A ${label('published')} review cannot go back to ${label('draft')}: reopen it (set it to ${label('in_review')}) to change it.`;
  }
  return null;
}

export function reviewHandlers({ db, now, mutate }: ServiceContext): ReviewHandlers {
  return {
    'review.get': ({ meetingId }) => {
      requireMeeting(db, meetingId);
      return readReview(db, meetingId);
    },

    'review.setState': ({ meetingId, state }) =>
      mutate((changes) => {
        requireMeeting(db, meetingId);
        const from = readReviewState(db, meetingId).state;
        // Already there: nothing to record, so a re-sent call changes nothing.
        if (from === state) return readReview(db, meetingId);
        const refusal = refusedMove(from, state);
        if (refusal !== null) throw new ApiError('conflict', refusal);
        const at = now();
        saveReviewState(db, meetingId, state, at);
        const kind = from === 'published' ? 'reopened' : 'state_change';
        insertReviewHistory(db, meetingId, { at, who: FACILITATOR_NAME, kind, detail: `${from} → ${state}` });
        changes.touch(meetingId, 'review', meetingId, 'updated');
        return readReview(db, meetingId);
      }),

    'review.addReviewer': ({ meetingId, name }) =>
      mutate((changes) => {
        requireMeeting(db, meetingId);
        if (getReviewer(db, meetingId, name)) return readReview(db, meetingId);
        const at = now();
        insertReviewer(db, meetingId, { name, addedAt: at, signedOffAt: null });
        insertReviewHistory(db, meetingId, { at, who: FACILITATOR_NAME, kind: 'reviewer_added', detail: name });
        changes.touch(meetingId, 'review', meetingId, 'updated');
        return readReview(db, meetingId);
      }),

    'review.signOff': ({ meetingId, name }) =>
      mutate((changes) => {
        requireMeeting(db, meetingId);
        if (readReviewState(db, meetingId).state === 'draft') {
          throw new ApiError(
            'conflict',
            `This review is a ${label('draft')}: it has not been circulated, so there is nothing to sign off yet. Set it to ${label('in_review')} first.`,
          );
        }
        const reviewer = getReviewer(db, meetingId, name);
        if (!reviewer) throw new ApiError('not_found', `${name} is not a reviewer of this review; add them as a reviewer first.`);
        const at = now();
        setSignedOff(db, meetingId, reviewer.name, at);
        insertReviewHistory(db, meetingId, { at, who: FACILITATOR_NAME, kind: 'sign_off', detail: reviewer.name });
        changes.touch(meetingId, 'review', meetingId, 'updated');
        return readReview(db, meetingId);
      }),
  };
}
