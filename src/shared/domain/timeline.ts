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

/** How an event was entered: typed, or imported from which kind of file. `origin` on the event says more. */
export const TIMELINE_SOURCES = [
  'manual',
  'quick_entry',
  'csv_import',
  'chat_import',
  'archive',
  'slack_import',
  'pagerduty_import',
  'opsgenie_import',
  'alertmanager_import',
  'deployment_import',
  'jsonl_import',
] as const;
export type TimelineSource = (typeof TIMELINE_SOURCES)[number];

/** How the timeline and the report name a source. */
export const SOURCE_LABELS: Readonly<Record<TimelineSource, string>> = {
  manual: 'Typed',
  quick_entry: 'Quick entry',
  csv_import: 'CSV',
  chat_import: 'Chat',
  archive: 'Archive',
  slack_import: 'Slack',
  pagerduty_import: 'PagerDuty',
  opsgenie_import: 'Opsgenie',
  alertmanager_import: 'Alertmanager',
  deployment_import: 'GitHub deployments',
  jsonl_import: 'JSON Lines log',
};

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
  /** Where within the source, for imports: a Slack channel, a PagerDuty service, a file name. Empty when typed. */
  origin: string;
  /** Starred as a key moment: the report can show only these, with the full timeline as an appendix. */
  keyMoment: boolean;
  author: string;
  createdAt: number;
  updatedAt: number;
}

/** Display order: by time, then by the order people typed them. */
export function compareTimelineEvents(a: TimelineEvent, b: TimelineEvent): number {
  return a.occurredAt - b.occurredAt || a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
