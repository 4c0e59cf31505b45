import type { MeetingSummary } from '../../../shared/domain/meeting.ts';
import { meetingDeadlines, type Deadline } from '../../../shared/meeting/deadlines.ts';
import { calendarDateAt, dateTimeTextAt } from '../../../shared/time/zoned-time.ts';

const KIND_LABELS: Readonly<Record<Deadline['kind'], string>> = { review: 'Review', write_up: 'Write-up' };
const STATE_LABELS: Readonly<Record<Deadline['state'], string>> = { upcoming: 'due', overdue: 'overdue', met: 'done', met_late: 'done late' };

/**
 * A meeting's deadlines in the list: the review by its severity's window, the write-up 24 hours after the meeting, and
 * the effectiveness review on its follow-up date. Overdue ones say so in words, not only in colour.
 */
export function MeetingDeadlines({ meeting, now, timeZone }: { meeting: MeetingSummary; now: number; timeZone: string }) {
  const deadlines = meetingDeadlines(meeting, now);
  const followUpDue = meeting.followUpReviewOn !== null && meeting.followUpReviewOn <= calendarDateAt(now, timeZone);
  if (deadlines.length === 0 && !followUpDue) return <span className="muted">—</span>;
  return (
    <ul className="meeting-deadlines">
      {deadlines.map((deadline) => (
        <li key={deadline.kind} className={`meeting-deadlines__item meeting-deadlines__item--${deadline.state}`} data-testid={`deadline-${deadline.kind}`}>
          {KIND_LABELS[deadline.kind]} {STATE_LABELS[deadline.state]}{' '}
          <time dateTime={new Date(deadline.at).toISOString()}>{dateTimeTextAt(deadline.at, timeZone)}</time>
        </li>
      ))}
      {followUpDue ? (
        <li className="meeting-deadlines__item meeting-deadlines__item--overdue" data-testid="deadline-follow-up">
          Effectiveness review due <time dateTime={meeting.followUpReviewOn ?? ''}>{meeting.followUpReviewOn}</time>
        </li>
      ) : null}
    </ul>
  );
}
