import type { ActionItem } from './actions.ts';

/** Did the action item work (issue 15's effectiveness review, 30 days after the meeting)? */
export const EFFECTIVENESS_OUTCOMES = ['prevented', 'partly', 'no', 'too_early'] as const;
export type EffectivenessOutcome = (typeof EFFECTIVENESS_OUTCOMES)[number];

export const EFFECTIVENESS_OUTCOME_LABELS: Readonly<Record<EffectivenessOutcome, string>> = {
  prevented: 'Prevented recurrence',
  partly: 'Partly',
  no: 'No',
  too_early: 'Too early to tell',
};

/**
 * What an effectiveness review recorded about one action item. Whether it is done is not stored here: it is the
 * item's own status (one source of truth), which recording a result sets.
 */
export interface EffectivenessResult {
  actionItemId: string;
  /** The meeting the action item belongs to (the review whose actions were checked). */
  meetingId: string;
  /** Null until someone says whether it worked. */
  outcome: EffectivenessOutcome | null;
  note: string;
  /** When the result was last recorded (UTC ms). */
  recordedAt: number;
}

/** One action item as the effectiveness review walks it: the item (with its status) and its result, if any. */
export interface EffectivenessItem {
  /** The action item's id. */
  id: string;
  /** The review the item belongs to. */
  meetingId: string;
  actionItem: ActionItem;
  result: EffectivenessResult | null;
}

/** A review's effectiveness check: its action items in order, and the meetings that held the check. */
export interface EffectivenessReview {
  /** The review whose action items are checked. */
  meetingId: string;
  /** The effectiveness-review meetings linked to it, oldest first. */
  heldIn: string[];
  items: EffectivenessItem[];
}
