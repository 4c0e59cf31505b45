import type { MeetingSummary } from '../../../shared/domain/meeting.ts';
import { hrefFor } from '../../routing/routes.ts';
import { updatedLabel } from '../../time/updated-label.ts';
import { localTimeZone } from '../../../shared/time/zoned-time.ts';
import { SeverityBadge } from '../common/SeverityBadge.tsx';
import { useNow } from '../common/use-now.ts';

export const meetingLinkId = (meetingId: string) => `meeting-link-${meetingId}`;

export function MeetingTable({ meetings, highlightedId }: { meetings: readonly MeetingSummary[]; highlightedId: string | null }) {
  const now = useNow(30_000);
  const timeZone = localTimeZone();
  return (
    <table className="meeting-table">
      <caption className="visually-hidden">All meetings, most recently changed first</caption>
      <thead>
        <tr>
          <th scope="col" className="meeting-table__incident">
            Incident
          </th>
          <th scope="col">Title</th>
          <th scope="col" className="meeting-table__severity">
            Severity
          </th>
          <th scope="col" className="meeting-table__count">
            Events
          </th>
          <th scope="col" className="meeting-table__updated">
            Updated
          </th>
        </tr>
      </thead>
      <tbody>
        {meetings.map((meeting) => (
          <tr key={meeting.id} className={meeting.id === highlightedId ? 'is-new' : undefined}>
            <td className="meeting-table__incident">{meeting.incidentId || <span className="muted">—</span>}</td>
            <th scope="row" className="meeting-table__title">
              <a id={meetingLinkId(meeting.id)} href={hrefFor({ name: 'meeting', meetingId: meeting.id })}>
                {meeting.title}
              </a>
            </th>
            <td className="meeting-table__severity">
              <SeverityBadge severity={meeting.severity} />
            </td>
            <td className="meeting-table__count">{meeting.timelineEventCount}</td>
            <td className="meeting-table__updated">
              <time dateTime={new Date(meeting.updatedAt).toISOString()} title={new Date(meeting.updatedAt).toLocaleString()}>
                {updatedLabel(meeting.updatedAt, now, timeZone)}
              </time>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
