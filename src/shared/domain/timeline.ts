export const TIMELINE_PHASES = ['trigger', 'detection', 'response', 'mitigation', 'resolution', 'other'] as const;
export type TimelinePhase = (typeof TIMELINE_PHASES)[number];

export const PHASE_LABELS: Readonly<Record<TimelinePhase, string>> = {
  trigger: 'Trigger',
  detection: 'Detection',
  response: 'Response',
  mitigation: 'Mitigation',
  resolution: 'Resolution',
  other: 'Other',
};

/** How exactly the time is known: a note typed live is known to the second, a recollection often only to the minute. */
export const TIME_PRECISIONS = ['second', 'minute'] as const;
export type TimePrecision = (typeof TIME_PRECISIONS)[number];

export const TIMELINE_SOURCES = ['manual', 'quick_entry', 'csv_import', 'chat_import', 'archive'] as const;
export type TimelineSource = (typeof TIMELINE_SOURCES)[number];

export interface TimelineEvent {
  id: string;
  meetingId: string;
  /** UTC epoch milliseconds. */
  occurredAt: number;
  precision: TimePrecision;
  description: string;
  actor: string;
  phase: TimelinePhase;
  source: TimelineSource;
  author: string;
  createdAt: number;
  updatedAt: number;
}

/** Display order: by time, then by the order people typed them. */
export function compareTimelineEvents(a: TimelineEvent, b: TimelineEvent): number {
  return a.occurredAt - b.occurredAt || a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
