import { useMemo } from 'react';
import type { AgendaSection } from '../../../shared/domain/agenda.ts';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import { useTimeline } from '../../app/services.ts';
import { timelineRows } from '../../stores/timeline/timeline-rows.ts';
import { clockTextAt } from '../../../shared/time/zoned-time.ts';
import { listPrecision } from '../../../shared/timeline/list-precision.ts';
import { TimelineEditor } from '../timeline/TimelineEditor.tsx';
import { ActionItemsPanel } from '../actions/ActionItemsPanel.tsx';
import { capturesActionItems } from '../actions/action-sections.ts';
import { capturesTimeline } from '../agenda/section-labels.ts';
import { rootCauseCapture } from '../root-cause/capture-kinds.ts';
import { RootCausePanel } from '../root-cause/RootCausePanel.tsx';
import { EffectivenessPanel } from '../effectiveness/EffectivenessPanel.tsx';
import { isNoteTaker } from '../../app/viewer.ts';

/**
 * What the room produces in this section: the timeline editor in timeline sections, a summary of the timeline in the
 * others. Before the meeting starts and after it ends (`section` null) the editor is there for preparing and fixing up.
 */
export function CapturePanel({ meeting, section }: { meeting: Meeting; section: AgendaSection | null }) {
  if (!section || capturesTimeline(section.kind)) return <TimelineEditor meeting={meeting} />;
  const rootCause = rootCauseCapture(section.kind);
  if (rootCause) return <RootCausePanel meetingId={meeting.id} section={section} capture={rootCause} />;
  if (capturesActionItems(section.kind)) return <ActionItemsPanel meeting={meeting} />;
  if (section.kind === 'effectiveness') {
    // The check is recorded on the facilitator's laptop; a note-taker sees what the room is doing.
    if (isNoteTaker()) return <p className="muted">The facilitator is recording, item by item, whether each action is done and worked.</p>;
    return <EffectivenessPanel meeting={meeting} />;
  }
  return <TimelineSummary meeting={meeting} />;
}

function TimelineSummary({ meeting }: { meeting: Meeting }) {
  const events = useTimeline((state) => state.items);
  const drafts = useTimeline((state) => state.drafts);
  const hidden = useTimeline((state) => state.hidden);
  const statuses = useTimeline((state) => state.statuses);
  const rows = useMemo(() => timelineRows({ items: events, drafts, hidden, statuses }), [events, drafts, hidden, statuses]);
  const precision = useMemo(() => listPrecision(rows.map((row) => row.event)), [rows]);
  const first = rows[0]?.event;
  const last = rows.at(-1)?.event;
  return (
    <section className="panel timeline-summary" aria-labelledby="timeline-summary-heading">
      <h2 id="timeline-summary-heading">Timeline so far</h2>
      {first && last ? (
        <>
          <p>
            {rows.length === 1 ? '1 event' : `${rows.length} events`}, from {clockTextAt(first.occurredAt, meeting.timeZone, precision)} to{' '}
            {clockTextAt(last.occurredAt, meeting.timeZone, precision)} ({meeting.timeZone}).
          </p>
          <ol className="timeline-summary__list">
            {rows.slice(-3).map(({ event }) => (
              <li key={event.id}>
                <time className="timeline-summary__time">{clockTextAt(event.occurredAt, meeting.timeZone, precision)}</time> <bdi>{event.description}</bdi>
                {event.actor ? (
                  <span className="muted">
                    {' '}
                    · <bdi>{event.actor}</bdi>
                  </span>
                ) : null}
              </li>
            ))}
          </ol>
        </>
      ) : (
        <p className="muted">No timeline events yet; they are added in the timeline section.</p>
      )}
    </section>
  );
}
