import type { LibrarySource } from '../../../shared/domain/library-source.ts';
import type { MeetingSummary } from '../../../shared/domain/meeting.ts';
import { hrefFor } from '../../routing/routes.ts';
import { dateTimeTextAt } from '../../../shared/time/zoned-time.ts';
import { updatedLabel } from '../../time/updated-label.ts';
import { localTimeZone } from '../../../shared/time/zoned-time.ts';
import { SeverityBadge } from '../common/SeverityBadge.tsx';
import { useNow } from '../common/use-now.ts';
import { MeetingDeadlines } from './MeetingDeadlines.tsx';

export const meetingLinkId = (meetingId: string) => `meeting-link-${meetingId}`;

export function MeetingTable({
  meetings,
  onDelete,
  sourceOf = new Map(),
}: {
  meetings: readonly MeetingSummary[];
  onDelete(meeting: MeetingSummary): void;
  /** Meetings read from a library source: marked with it, and read-only, so not deleted here. */
  sourceOf?: ReadonlyMap<string, LibrarySource>;
}) {
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
          <th scope="col" className="meeting-table__deadlines">
            Deadlines
          </th>
          <th scope="col" className="meeting-table__updated">
            Updated
          </th>
          <th scope="col" className="meeting-table__actions">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {meetings.map((meeting) => (
          <tr key={meeting.id}>
            <td className="meeting-table__incident">{meeting.incidentId ? <bdi>{meeting.incidentId}</bdi> : <span className="muted">—</span>}</td>
            <th scope="row" className="meeting-table__title">
              <a id={meetingLinkId(meeting.id)} href={hrefFor({ name: 'meeting', meetingId: meeting.id })} dir="auto">
                {meeting.title}
              </a>
              {sourceOf.has(meeting.id) ? (
                <span className="meeting-table__source">
                  {' '}
                  from <bdi>{sourceOf.get(meeting.id)?.name}</bdi>
                </span>
              ) : null}
            </th>
            <td className="meeting-table__severity">
              <SeverityBadge severity={meeting.severity} />
            </td>
            <td className="meeting-table__count">{meeting.timelineEventCount}</td>
            <td className="meeting-table__deadlines">
              <MeetingDeadlines meeting={meeting} now={now} timeZone={timeZone} />
            </td>
            <td className="meeting-table__updated">
              <time dateTime={new Date(meeting.updatedAt).toISOString()} title={dateTimeTextAt(meeting.updatedAt, timeZone)}>
                {updatedLabel(meeting.updatedAt, now, timeZone)}
              </time>
            </td>
            <td className="meeting-table__actions">
              {sourceOf.has(meeting.id) ? null : (
                <button
                  type="button"
                  className="button button--small button--quiet button--danger"
                  onClick={() => onDelete(meeting)}
                  aria-label={`Delete: ${meeting.title}`}
                >
                  Delete
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
