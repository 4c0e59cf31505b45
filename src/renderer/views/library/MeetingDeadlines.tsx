import type { MeetingSummary } from '../../../shared/domain/meeting.ts';
import { followUpReview, meetingDeadlines, type Deadline, type FollowUpReview } from '../../../shared/meeting/deadlines.ts';
import { calendarDateAt, dateTimeTextAt } from '../../../shared/time/zoned-time.ts';

const KIND_LABELS: Readonly<Record<Deadline['kind'], string>> = { review: 'Review', write_up: 'Write-up' };
const STATE_LABELS: Readonly<Record<Deadline['state'], string>> = { upcoming: 'due', overdue: 'overdue', met: 'done', met_late: 'done late' };
/** The follow-up review's states, styled as the deadlines' states that mean the same. */
const FOLLOW_UP_CLASSES: Readonly<Record<FollowUpReview['state'], Deadline['state']>> = { due: 'upcoming', overdue: 'overdue', held: 'met' };

/**
 * A meeting's deadlines in the list: the review by its severity's window, the write-up 24 hours after the meeting, and
 * the effectiveness review on its follow-up date (held once a result is recorded). Overdue ones say so in words, not
 * only in colour.
 */
export function MeetingDeadlines({ meeting, now, timeZone }: { meeting: MeetingSummary; now: number; timeZone: string }) {
  const deadlines = meetingDeadlines(meeting, now);
  const followUp = followUpReview(meeting.followUpReviewOn, meeting.effectivenessRecordedAt, calendarDateAt(now, timeZone));
  if (deadlines.length === 0 && followUp === null) return <span className="muted">—</span>;
  return (
    <ul className="meeting-deadlines">
      {deadlines.map((deadline) => (
        <li key={deadline.kind} className={`meeting-deadlines__item meeting-deadlines__item--${deadline.state}`} data-testid={`deadline-${deadline.kind}`}>
          {KIND_LABELS[deadline.kind]} {STATE_LABELS[deadline.state]}{' '}
          <time dateTime={new Date(deadline.at).toISOString()}>{dateTimeTextAt(deadline.at, timeZone)}</time>
        </li>
      ))}
      {followUp ? (
        <li className={`meeting-deadlines__item meeting-deadlines__item--${FOLLOW_UP_CLASSES[followUp.state]}`} data-testid="deadline-follow-up">
          {followUp.heldAt !== null ? (
            <>
              Effectiveness review held <time dateTime={new Date(followUp.heldAt).toISOString()}>{calendarDateAt(followUp.heldAt, timeZone)}</time>
            </>
          ) : (
            <>
              Effectiveness review {followUp.state} <time dateTime={followUp.on ?? ''}>{followUp.on}</time>
            </>
          )}
        </li>
      ) : null}
    </ul>
  );
}
