import type { MeetingSummary } from '../domain/meeting.ts';
import type { Person } from '../domain/person.ts';
import { meetingDeadlines, type Deadline } from '../meeting/deadlines.ts';

/** An action item someone owns that is past its due date and neither done nor cancelled. */
export interface OverdueItem {
  id: string;
  meetingId: string;
  title: string;
  /** 'YYYY-MM-DD', before today. */
  dueOn: string;
  /** "INC-2041 Checkout outage", or the title alone. */
  review: string;
}

/** A review someone runs (its facilitator) with a deadline past and not met. */
export interface OverdueReview {
  meetingId: string;
  review: string;
  overdue: Deadline['kind'][];
}

/** Who the user said they are, and the last day a reminder was shown to them. */
export interface ReminderSettings {
  me: Person | null;
  /** The app asks once; after an answer, or "not now", it does not ask again (the People view changes it). */
  asked: boolean;
  /** 'YYYY-MM-DD' in the user's time zone, or null before the first reminder. */
  lastShownOn: string | null;
}

export interface ReminderState extends ReminderSettings {
  overdueItems: OverdueItem[];
  overdueReviews: OverdueReview[];
}

/** The deadlines of a review that are overdue now, by src/shared/meeting/deadlines.ts. */
export function overdueDeadlines(meeting: MeetingSummary, now: number): Deadline['kind'][] {
  return meetingDeadlines(meeting, now)
    .filter((deadline) => deadline.state === 'overdue')
    .map((deadline) => deadline.kind);
}

export function reviewLabel(meeting: { incidentId: string; title: string }): string {
  return meeting.incidentId === '' ? meeting.title : `${meeting.incidentId} ${meeting.title}`;
}
