import { PHASE_LABELS, type TimelineEvent } from '../../domain/timeline.ts';
import type { ReportNode } from '../nodes.ts';
import { eventTimeText, timeZoneNote, type ReportContext } from './context.ts';
import { empty, paragraph } from './nodes.ts';

/** Seed 001's timeline table (Time / Event / Actor), with the phase column where the layout traces phases. */
export function timelineNodes(context: ReportContext, options: { withPhase?: boolean } = {}): ReportNode[] {
  const events = context.source.timeline;
  const first = events[0];
  if (first === undefined) return [empty('No timeline events were recorded.')];
  const timeWidth = context.spansDays ? 22 : 12;
  const columns = options.withPhase
    ? [
        { title: 'Time', width: timeWidth },
        { title: 'Event', width: 76 - timeWidth },
        { title: 'Actor', width: 12 },
        { title: 'Phase', width: 12 },
      ]
    : [
        { title: 'Time', width: timeWidth },
        { title: 'Event', width: 80 - timeWidth },
        { title: 'Actor', width: 20 },
      ];
  const rows = events.map((event) => {
    const row = [eventTimeText(context, event.occurredAt, event.precision), event.description, event.actor];
    return options.withPhase ? [...row, PHASE_LABELS[event.phase]] : row;
  });
  return [paragraph(timeZoneNote(context, first.occurredAt)), { type: 'table', columns, rows }];
}

/** "00:47 — Page fires… (Alertmanager)" lines for some events, e.g. the triage's detection events. */
export function eventLines(context: ReportContext, events: readonly TimelineEvent[]): string[] {
  return events.map((event) => {
    const who = event.actor === '' ? '' : ` (${event.actor})`;
    return `${eventTimeText(context, event.occurredAt, event.precision)} — ${event.description}${who}`;
  });
}
