/** Where a review stands after the meeting (issue 15): written up, circulated for factual corrections, published. */
export const REVIEW_STATES = ['draft', 'in_review', 'published'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export const REVIEW_STATE_LABELS: Readonly<Record<ReviewState, string>> = { draft: 'draft', in_review: 'in review', published: 'published' };

export const REVIEW_HISTORY_KINDS = ['state_change', 'reopened', 'edit_after_circulation', 'sign_off', 'reviewer_added'] as const;
export type ReviewHistoryKind = (typeof REVIEW_HISTORY_KINDS)[number];

/** The name history rows carry for the facilitator; a note-taker's rows carry their session name. */
export const FACILITATOR_NAME = 'facilitator';

export interface ReviewHistoryEntry {
  id: number;
  /** Service clock, UTC ms. */
  at: number;
  /** The note-taker's name, or 'facilitator'. */
  who: string;
  kind: ReviewHistoryKind;
  /** `draft → in_review` for a state change, the report section for an edit, the reviewer's name otherwise. */
  detail: string;
}

export interface Reviewer {
  name: string;
  addedAt: number;
  signedOffAt: number | null;
  /** The edits made after this reviewer signed off (what to read again); empty until they have signed off. */
  changedSinceSignOff: ReviewHistoryEntry[];
}

export interface Review {
  meetingId: string;
  state: ReviewState;
  /** When the state last changed; null for a review that has never left draft. */
  stateChangedAt: number | null;
  reviewers: Reviewer[];
  /** Oldest first. */
  history: ReviewHistoryEntry[];
}

/** A review as its meeting's archive carries it (version 4): the stored rows, without what is derived from them. */
export interface ArchivedReview {
  state: ReviewState;
  stateChangedAt: number | null;
  reviewers: Array<{ name: string; addedAt: number; signedOffAt: number | null }>;
  history: Array<Omit<ReviewHistoryEntry, 'id'>>;
}

/** What a meeting that never left draft archives, and what an archive older than version 4 imports as. */
export const DRAFT_REVIEW: ArchivedReview = Object.freeze({ state: 'draft', stateChangedAt: null, reviewers: [], history: [] });
