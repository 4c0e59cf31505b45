import { Fragment, useMemo, useRef } from 'react';
import type { TimelineEvent } from '../../../shared/domain/timeline.ts';
import { calendarDateAt, clockTextAt } from '../../../shared/time/zoned-time.ts';
import { listPrecision } from '../../../shared/timeline/list-precision.ts';
import { useTimeline } from '../../app/services.ts';
import { timelineRows } from '../../stores/timeline/timeline-rows.ts';
import { AudienceEvidence, useEvidenceKey } from './AudienceEvidence.tsx';
import { FOCUS_RADII, LATEST_COUNTS, windowAround } from './focus-window.ts';
import { latestEvents } from './latest-events.ts';
import { useFit } from './use-fit.ts';

interface AudienceTimelineProps {
  meetingId: string;
  timeZone: string;
  /** The event the facilitator points the room at, if any. */
  focusId: string | null;
}

/**
 * The timeline as the walkthrough goes: a window around the event being discussed, or with none, the entries typed
 * last. Each row is shown whole; rows are dropped from the edges, and type steps down, until the window fits. When
 * the incident spans days, each day's first row is headed with its date. An event starred as a key moment carries a
 * star, and says so to a screen reader; the star follows the console through the timeline's change events.
 */
export function AudienceTimeline({ meetingId, timeZone, focusId }: AudienceTimelineProps) {
  const events = useTimeline((state) => state.items);
  const drafts = useTimeline((state) => state.drafts);
  const hidden = useTimeline((state) => state.hidden);
  const statuses = useTimeline((state) => state.statuses);
  const rows = useMemo(() => timelineRows({ items: events, drafts, hidden, statuses }), [events, drafts, hidden, statuses]);
  const focusIndex = focusId === null ? -1 : rows.findIndex((row) => row.event.id === focusId);
  const days = useMemo(() => new Set(rows.map((row) => calendarDateAt(row.event.occurredAt, timeZone))), [rows, timeZone]);
  const precision = useMemo(() => listPrecision(rows.map((row) => row.event)), [rows]);
  const box = useRef<HTMLDivElement>(null);
  const variants = focusIndex >= 0 ? FOCUS_RADII.length : LATEST_COUNTS.length;
  const evidenceKey = useEvidenceKey(focusIndex >= 0 ? focusId : null);
  const contentKey = `${focusIndex >= 0 ? focusId : ''}|${evidenceKey}|${timeZone}|${rows.map(({ event }) => `${event.id}:${event.updatedAt}:${event.keyMoment ? 1 : 0}`).join(',')}`;
  const { variant } = useFit(box, variants, contentKey);

  const shown: { event: TimelineEvent; marked: boolean }[] = useMemo(() => {
    if (focusIndex >= 0) {
      const [start, end] = windowAround(rows.length, focusIndex, FOCUS_RADII[variant] ?? 0);
      return rows.slice(start, end).map(({ event }) => ({ event, marked: event.id === focusId }));
    }
    return latestEvents(rows, LATEST_COUNTS[variant] ?? 1).map(({ event, newest }) => ({ event, marked: newest }));
  }, [rows, focusIndex, focusId, variant]);

  return (
    <div className="audience-panel">
      <p className="audience__label">
        Timeline{' '}
        <span className="audience__count">
          {focusIndex >= 0 ? `event ${focusIndex + 1} of ${rows.length}` : rows.length === 1 ? '1 event' : `${rows.length} events`}
        </span>
      </p>
      <div ref={box} className="audience-fit">
        {rows.length === 0 ? (
          <p className="audience-panel__empty">Nothing on the timeline yet. What was the first sign of trouble?</p>
        ) : (
          <ol className={precision === 'second' ? 'audience-list audience-list--seconds' : 'audience-list'} data-testid="audience-timeline">
            {shown.map(({ event, marked }, index) => {
              const day = calendarDateAt(event.occurredAt, timeZone);
              const previous = shown[index - 1];
              const headed = days.size > 1 && (!previous || calendarDateAt(previous.event.occurredAt, timeZone) !== day);
              const focused = marked && focusIndex >= 0;
              return (
                <Fragment key={event.id}>
                  {headed ? (
                    <li className="audience-day" data-testid="audience-day">
                      {day}
                    </li>
                  ) : null}
                  <li
                    className={focused ? 'audience-event audience-event--focused' : marked ? 'audience-event audience-event--newest' : 'audience-event'}
                    data-testid={focused ? 'audience-focused' : undefined}
                    data-key-moment={event.keyMoment ? 'true' : undefined}
                  >
                    <time className="audience-event__time">{clockTextAt(event.occurredAt, timeZone, precision)}</time>
                    <span className="audience-event__text">
                      {event.keyMoment ? <KeyMomentMark /> : null}
                      <bdi>{event.description}</bdi>
                      {event.actor ? (
                        <span className="audience-event__actor">
                          {' '}
                          · <bdi>{event.actor}</bdi>
                        </span>
                      ) : null}
                      {focused ? <AudienceEvidence meetingId={meetingId} targetId={event.id} /> : null}
                    </span>
                  </li>
                </Fragment>
              );
            })}
          </ol>
        )}
      </div>
    </div>
  );
}

/** A filled star in the warning colour (shape, not colour alone, tells it apart) and the words for a screen reader. */
function KeyMomentMark() {
  return (
    <span className="audience-event__key">
      <span className="audience-event__star" aria-hidden="true">
        ★
      </span>
      <span className="visually-hidden">Key moment: </span>
    </span>
  );
}
