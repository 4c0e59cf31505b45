import { PHASE_LABELS, type TimelineEvent } from '../../domain/timeline.ts';
import type { ReportNode } from '../nodes.ts';
import { eventTimeText, timeZoneNote, type ReportContext } from './context.ts';
import { empty, paragraph } from './nodes.ts';

/** Seed 001's timeline table (Time / Event / Actor) with the phase each event was marked with. */
export function timelineNodes(context: ReportContext): ReportNode[] {
  const events = context.source.timeline;
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
  return [paragraph(timeZoneNote(context, first.occurredAt)), { type: 'table', columns, rows }];
}

/** "00:47 — Page fires… (Alertmanager)" lines for some events, e.g. the triage's detection events. */
export function eventLines(context: ReportContext, events: readonly TimelineEvent[]): string[] {
  return events.map((event) => {
    const who = event.actor === '' ? '' : ` (${event.actor})`;
    return `${eventTimeText(context, event.occurredAt)} — ${event.description}${who}`;
  });
}
