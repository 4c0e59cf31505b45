import type { KeyboardEvent } from 'react';
import { timelineStore } from '../../app/services.ts';
import type { TimelineRow } from '../../stores/timeline/timeline-rows.ts';
import { shortDate } from '../../time/updated-label.ts';
import { calendarDateAt, clockTextAt } from '../../../shared/time/zoned-time.ts';
import { ChangedElsewhereMark } from '../common/ChangedElsewhere.tsx';
import { useChangedElsewhere } from '../common/use-changed-elsewhere.ts';
import { EntryStatusLabel } from './EntryStatusLabel.tsx';
import { timelineEventContent } from './timeline-event-content.ts';
import { PhaseBadge } from './PhaseBadge.tsx';
import { EvidenceAttachments } from '../evidence/EvidenceAttachments.tsx';
import { ShowOnScreenButton } from '../audience/ShowOnScreenButton.tsx';
import { SOURCE_LABELS } from '../../../shared/domain/timeline.ts';
import { isImported, sourceText } from '../../../shared/timeline/source-text.ts';

export const timelineRowId = (eventId: string) => `timeline-row-${eventId}`;

interface TimelineRowViewProps {
  row: TimelineRow;
  timeZone: string;
  /** The list's one precision (listPrecision), so rows never mix "00:38:12" with "00:41". */
  precision: 'minute' | 'second';
  anchorDate: string;
  onEdit(): void;
}

export function TimelineRowView({ row, timeZone, precision, anchorDate, onEdit }: TimelineRowViewProps) {
  const { event, status } = row;
  const clock = clockTextAt(event.occurredAt, timeZone, precision);
  const onAnotherDay = calendarDateAt(event.occurredAt, timeZone) !== anchorDate;
  const busy = status.state === 'saving';
  const unsavedAdd = status.state === 'error' && status.canRetry;
  const name = event.description.length > 60 ? `${event.description.slice(0, 57)}…` : event.description;
  const timeline = timelineStore.getState();
  // This window's own edits go through the row editor, which this row replaces; a change seen here came from elsewhere.
  const elsewhere = useChangedElsewhere(timelineEventContent(event), event.id);
  // A draft still on its way has no stored row to star yet.
  const starrable = status.state !== 'saving' || timeline.items.some((item) => item.id === event.id);
  const toggleKeyMoment = () => {
    if (starrable) void timeline.update(event.id, { keyMoment: !event.keyMoment });
  };

  const onKeyDown = (keyEvent: KeyboardEvent<HTMLLIElement>) => {
    if (keyEvent.target !== keyEvent.currentTarget) return;
    const row = keyEvent.currentTarget;
    const neighbour = (direction: 'next' | 'previous') => (direction === 'next' ? row.nextElementSibling : row.previousElementSibling) as HTMLElement | null;
    if (keyEvent.key === 'ArrowDown' || keyEvent.key === 'ArrowUp') {
      keyEvent.preventDefault();
      neighbour(keyEvent.key === 'ArrowDown' ? 'next' : 'previous')?.focus();
    } else if ((keyEvent.key === 's' || keyEvent.key === 'S') && !keyEvent.ctrlKey && !keyEvent.metaKey && !keyEvent.altKey) {
      // Like the star button, S works while an earlier star is still on its way: each press sends the new state.
      keyEvent.preventDefault();
      if (!unsavedAdd) toggleKeyMoment();
    } else if (busy) {
      return;
    } else if (keyEvent.key === 'Enter' && !unsavedAdd) {
      keyEvent.preventDefault();
      onEdit();
    } else if (keyEvent.key === 'Delete' || keyEvent.key === 'Backspace') {
      keyEvent.preventDefault();
      // Keep the keyboard in the list: the row below (or above) takes focus as this one goes.
      (neighbour('next') ?? neighbour('previous'))?.focus();
      void timeline.remove(event.id);
    }
  };

  return (
    <li
      id={timelineRowId(event.id)}
      className={event.keyMoment ? 'timeline-row timeline-row--key' : 'timeline-row'}
      data-status={status.state}
      data-key-moment={event.keyMoment ? 'true' : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onDoubleClick={busy || unsavedAdd ? undefined : onEdit}
    >
      <time className="timeline-row__time" dateTime={new Date(event.occurredAt).toISOString()}>
        {onAnotherDay ? <span className="timeline-row__date">{shortDate(event.occurredAt, timeZone)}</span> : null}
        {clock}
      </time>
      <p className="timeline-row__phase">
        <PhaseBadge phase={event.phase} />
      </p>
      <p className="timeline-row__description" dir="auto">
        {event.description}
      </p>
      <div className="timeline-row__who">
        <p className="timeline-row__actor" dir="auto">
          {event.actor || <span className="muted visually-hidden">No actor</span>}
        </p>
        {isImported(event) ? (
          <p className="timeline-row__source" title={sourceText(event)}>
            <span className="visually-hidden">Source: </span>
            {SOURCE_LABELS[event.source]}
            {event.origin === '' ? null : (
              <>
                {' · '}
                <bdi>{event.origin}</bdi>
              </>
            )}
          </p>
        ) : null}
      </div>
      <EntryStatusLabel status={status} />
      <div className="timeline-row__actions">
        {unsavedAdd ? (
          <>
            <button type="button" className="button button--small" onClick={() => timeline.retry(event.id)} aria-label={`Retry saving: ${name}`}>
              Retry
            </button>
            <button
              type="button"
              className="button button--small button--quiet"
              onClick={() => timeline.dismissError(event.id)}
              aria-label={`Discard: ${name}`}
            >
              Discard
            </button>
          </>
        ) : (
          <>
            <button
              type="button"
              className="button button--small button--quiet key-moment-toggle"
              aria-pressed={event.keyMoment}
              aria-disabled={starrable ? undefined : true}
              onClick={toggleKeyMoment}
              aria-label={`Key moment: ${name}`}
              title={event.keyMoment ? 'Key moment (S to unstar)' : 'Star as a key moment (S)'}
            >
              <span aria-hidden="true">{event.keyMoment ? '★' : '☆'}</span>
            </button>
            {status.state === 'saved' ? <ShowOnScreenButton focus={{ kind: 'timeline_event', id: event.id }} label={name} /> : null}
            <button type="button" className="button button--small button--quiet" onClick={onEdit} disabled={busy} aria-label={`Edit: ${name}`}>
              Edit
            </button>
            <button
              type="button"
              className="button button--small button--quiet button--danger"
              onClick={() => void timeline.remove(event.id)}
              disabled={busy}
              aria-label={`Delete: ${name}`}
            >
              Delete
            </button>
          </>
        )}
      </div>
      {status.state === 'saved' ? (
        <div className="timeline-row__evidence">
          <EvidenceAttachments meetingId={event.meetingId} target="timeline_event" targetId={event.id} itemLabel={name} />
        </div>
      ) : null}
      {elsewhere.changed ? (
        <p className="timeline-row__elsewhere">
          <ChangedElsewhereMark show by={elsewhere.by} />
        </p>
      ) : null}
      {status.state === 'error' ? (
        <p className="timeline-row__error" role="alert">
          {status.message}
        </p>
      ) : null}
    </li>
  );
}
