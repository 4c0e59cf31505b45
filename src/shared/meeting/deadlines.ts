import type { Severity } from '../domain/meeting.ts';
import { reviewDeadline } from './severity.ts';

const HOUR_MS = 3_600_000;

/** Seed 002: the write-up is due within 24 hours of the meeting. */
export const WRITE_UP_WITHIN_MS = 24 * HOUR_MS;

export type DeadlineState = 'upcoming' | 'overdue' | 'met' | 'met_late';

export interface Deadline {
  kind: 'write_up' | 'review';
  /** When it falls due (UTC ms). */
  at: number;
  state: DeadlineState;
}

export interface DeadlineFacts {
  severity: Severity | null;
  incidentEndedAt: number | null;
  /** When the review meeting started and ended (the timer's record); null until it has. */
  meetingStartedAt: number | null;
  meetingEndedAt: number | null;
  /** When the review was first circulated or published (the write-up is out); null while it is a draft. */
  circulatedAt: number | null;
}

function stateOf(at: number, doneAt: number | null, now: number): DeadlineState {
  if (doneAt !== null) return doneAt <= at ? 'met' : 'met_late';
  return now > at ? 'overdue' : 'upcoming';
}

/**
 * The two deadlines a meeting list shows (issue 15): the review meeting by the severity's window after the incident
 * ended (SEV1 48 hours, SEV2 a week), and the write-up 24 hours after the meeting. A deadline that cannot be dated yet
 * (no severity window, no incident end, no meeting held) is left out.
 */
export function meetingDeadlines(facts: DeadlineFacts, now: number): Deadline[] {
  const deadlines: Deadline[] = [];
  const review = reviewDeadline(facts.severity, facts.incidentEndedAt);
  if (review.due) deadlines.push({ kind: 'review', at: review.at, state: stateOf(review.at, facts.meetingStartedAt, now) });
  if (facts.meetingEndedAt !== null) {
    const at = facts.meetingEndedAt + WRITE_UP_WITHIN_MS;
    deadlines.push({ kind: 'write_up', at, state: stateOf(at, facts.circulatedAt, now) });
  }
  return deadlines;
}

/** The effectiveness review on the follow-up date: due on the day, overdue after it, held once a result is recorded. */
export interface FollowUpReview {
  /** The follow-up date, YYYY-MM-DD, or null when none was set. */
  on: string | null;
  state: 'due' | 'overdue' | 'held';
  /** When the last result was recorded (UTC ms), once held. */
  heldAt: number | null;
}

/**
 * What the meeting list says about the effectiveness review (issue 15): nothing before the follow-up date; due on it,
 * overdue after it, until a result has been recorded; held from then on (whenever it was held).
 */
export function followUpReview(followUpReviewOn: string | null, effectivenessRecordedAt: number | null, today: string): FollowUpReview | null {
  if (effectivenessRecordedAt !== null) return { on: followUpReviewOn, state: 'held', heldAt: effectivenessRecordedAt };
  if (followUpReviewOn === null || followUpReviewOn > today) return null;
  return { on: followUpReviewOn, state: followUpReviewOn === today ? 'due' : 'overdue', heldAt: null };
}
