import { Fragment } from 'react';
import type { ImportedEvent, RejectedLine } from '../../../shared/timeline/import-result.ts';
import { clockTextAt } from '../../../shared/time/zoned-time.ts';
import { previewDays } from './import-days.ts';
import { PhaseBadge } from './PhaseBadge.tsx';

/** Enough rows to check the reading is right; all of them are imported. */
const PREVIEW_ROWS_MAX = 200;

interface ImportPreviewTableProps {
  events: readonly ImportedEvent[];
  rejected: readonly RejectedLine[];
  /** The line of each likely duplicate, and what it repeats. */
  duplicates: ReadonlyMap<number, 'meeting' | 'file'>;
  timeZone: string;
}

/** The first events an import would add, with the dates it chose and the duplicates it found, then the rejected lines. */
export function ImportPreviewTable({ events, rejected, duplicates, timeZone }: ImportPreviewTableProps) {
  const shown = events.slice(0, PREVIEW_ROWS_MAX);
  const days = previewDays(shown, timeZone);
  const withOrigin = shown.some((event) => event.origin !== '');
  const columns = withOrigin ? 8 : 7;
  return (
    <>
      {events.length > 0 ? (
        // Scrolls, so it takes keyboard focus: arrow keys then move through the rows.
        <div className="import-dialog__table-wrap" tabIndex={0} role="region" aria-label="Preview of the events to import">
          <table className="import-table" aria-label="Events to import">
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">Date</th>
                <th scope="col">Time ({timeZone})</th>
                <th scope="col">Event</th>
                <th scope="col">Actor</th>
                <th scope="col">Phase</th>
                {withOrigin ? <th scope="col">From</th> : null}
                <th scope="col">Duplicate</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((event, index) => {
                const day = days[index];
                const duplicate = duplicates.get(event.line);
                return (
                  <Fragment key={event.line}>
                    {day?.change ? (
                      <tr className="import-table__day">
                        <td colSpan={columns}>{day.change}</td>
                      </tr>
                    ) : null}
                    <tr>
                      <td>{event.line}</td>
                      <td className="import-table__date">{day?.date}</td>
                      <td className="import-table__time">{clockTextAt(event.occurredAt, timeZone, event.precision)}</td>
                      <td className="import-table__event">
                        <bdi>{event.description}</bdi>
                      </td>
                      <td>
                        <bdi>{event.actor}</bdi>
                      </td>
                      <td>
                        <PhaseBadge phase={event.phase} />
                      </td>
                      {withOrigin ? (
                        <td>
                          <bdi>{event.origin}</bdi>
                        </td>
                      ) : null}
                      <td className="import-table__duplicate">
                        {duplicate === 'meeting' ? 'Already in the timeline' : duplicate === 'file' ? 'Repeats an earlier line' : ''}
                      </td>
                    </tr>
                  </Fragment>
                );
              })}
            </tbody>
          </table>
          {events.length > PREVIEW_ROWS_MAX ? (
            <p className="muted">… and {(events.length - PREVIEW_ROWS_MAX).toLocaleString('en-US')} more, imported the same way.</p>
          ) : null}
        </div>
      ) : null}
      {rejected.length > 0 ? (
        <ul className="import-rejected" aria-label="Rejected rows" tabIndex={0}>
          {rejected.slice(0, PREVIEW_ROWS_MAX).map((row, index) => (
            // Lines can repeat (a Slack day file and its messages), so the position keys the row.
            <li key={index}>
              <span className="import-rejected__line">Line {row.line}</span> {row.reason}
            </li>
          ))}
          {rejected.length > PREVIEW_ROWS_MAX ? <li>… and {(rejected.length - PREVIEW_ROWS_MAX).toLocaleString('en-US')} more rejected lines.</li> : null}
        </ul>
      ) : null}
    </>
  );
}
