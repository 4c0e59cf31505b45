import { PHASE_LABELS, type TimelineEvent } from '../../domain/timeline.ts';
import { sourceText } from '../../timeline/source-text.ts';
import type { ReportNode, ReportSection } from '../nodes.ts';
import { eventTimeText, shownTimeline, timeZoneNote, type ReportContext } from './context.ts';
import { empty, paragraph } from './nodes.ts';

export const TIMELINE_APPENDIX_ID = 'timeline_appendix';
export const TIMELINE_APPENDIX_TITLE = 'Appendix: Full timeline';

const eventCount = (count: number) => (count === 1 ? '1 event' : `${count.toLocaleString('en-US')} events`);

/** Said above a timeline that shows only the key moments, so a reader knows the rest is in the appendix. */
export function keyMomentsNote(context: ReportContext): ReportNode[] {
  if (context.keyMoments === null) return [];
  const shown = context.keyMoments.length;
  const moments = shown === 1 ? '1 key moment' : `${shown.toLocaleString('en-US')} key moments`;
  return [paragraph(`Key moments only: ${moments} of ${eventCount(context.source.timeline.length)}. The full timeline is in the appendix at the end.`)];
}

/** Seed 001's timeline table (Time / Event / Actor) with the phase each event was marked with. */
export function timelineNodes(context: ReportContext): ReportNode[] {
  const events = shownTimeline(context);
  const first = events[0];
  if (first === undefined) return [empty('No timeline events were recorded.')];
  const timeWidth = context.spansDays ? 22 : 12;
  const columns = [
    { title: 'Time', width: timeWidth },
    { title: 'Event', width: 72 - timeWidth },
    { title: 'Actor', width: 15 },
    { title: 'Phase', width: 13 },
  ];
  const rows = events.map((event) => [eventTimeText(context, event.occurredAt), event.description, event.actor, PHASE_LABELS[event.phase]]);
  return [...keyMomentsNote(context), paragraph(timeZoneNote(context, first.occurredAt)), { type: 'table', columns, rows }];
}

/**
 * The whole timeline at the end of a report whose timeline shows only the key moments: every event, where it came
 * from, and which are key moments. Null when the report shows the whole timeline anyway.
 */
export function timelineAppendix(context: ReportContext): ReportSection | null {
  const first = context.source.timeline[0];
  if (context.keyMoments === null || first === undefined) return null;
  const timeWidth = context.spansDays ? 22 : 12;
  const columns = [
    { title: 'Time', width: timeWidth },
    { title: 'Event', width: 52 - timeWidth },
    { title: 'Actor', width: 13 },
    { title: 'Phase', width: 11 },
    { title: 'Source', width: 15 },
    { title: 'Key moment', width: 9 },
  ];
  const rows = context.source.timeline.map((event) => [
    eventTimeText(context, event.occurredAt),
    event.description,
    event.actor,
    PHASE_LABELS[event.phase],
    sourceText(event),
    event.keyMoment ? 'Yes' : '',
  ]);
  return {
    id: TIMELINE_APPENDIX_ID,
    title: TIMELINE_APPENDIX_TITLE,
    nodes: [
      paragraph(
        `Every recorded event (${eventCount(context.source.timeline.length)}), with the source it came from. ${timeZoneNote(context, first.occurredAt)}`,
      ),
      { type: 'table', columns, rows },
    ],
  };
}

/** "00:47 — Page fires… (Alertmanager)" lines for some events, e.g. the triage's detection events. */
export function eventLines(context: ReportContext, events: readonly TimelineEvent[]): string[] {
  return events.map((event) => {
    const who = event.actor === '' ? '' : ` (${event.actor})`;
    return `${eventTimeText(context, event.occurredAt)} — ${event.description}${who}`;
  });
}
