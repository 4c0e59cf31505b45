import type { TimelineEvent, TimelinePhase } from '../domain/timeline.ts';

export const METRIC_KEYS = ['timeToDetect', 'timeToMitigate', 'timeToResolve', 'totalDuration'] as const;
export type MetricKey = (typeof METRIC_KEYS)[number];

export const METRIC_LABELS: Readonly<Record<MetricKey, string>> = {
  timeToDetect: 'Time to detect',
  timeToMitigate: 'Time to mitigate',
  timeToResolve: 'Time to resolve',
  totalDuration: 'Total duration',
};

/** A measured span, or the reason it cannot be measured yet (so the screen and the report can say so). */
export type Metric = { key: MetricKey; known: true; ms: number; from: number; to: number } | { key: MetricKey; known: false; reason: string };

export type TimelineMetrics = Readonly<Record<MetricKey, Metric>>;

/** Only what the metrics need from the meeting, so the report can pass a stored meeting as it is. */
export interface IncidentWindow {
  incidentStartedAt: number | null;
  incidentEndedAt: number | null;
}

type PhasedEvent = Pick<TimelineEvent, 'occurredAt' | 'phase'>;

function firstOf(events: readonly PhasedEvent[], phase: TimelinePhase): number | null {
  let first: number | null = null;
  for (const event of events) {
    if (event.phase === phase && (first === null || event.occurredAt < first)) first = event.occurredAt;
  }
  return first;
}

function span(key: MetricKey, from: number, to: number, startName: string, endName: string): Metric {
  if (to < from) return { key, known: false, reason: `the ${endName} is before the ${startName}` };
  return { key, known: true, ms: to - from, from, to };
}

/**
 * Time to detect, mitigate and resolve, measured from the first trigger event (or the incident start when no event is
 * marked trigger), and the total duration from the incident start to its end (the entered times when set, else the
 * first and last events). Events may come in any order.
 */
export function timelineMetrics(events: readonly PhasedEvent[], incident: IncidentWindow): TimelineMetrics {
  let earliest: number | null = null;
  let latest: number | null = null;
  for (const event of events) {
    if (earliest === null || event.occurredAt < earliest) earliest = event.occurredAt;
    if (latest === null || event.occurredAt > latest) latest = event.occurredAt;
  }

  const trigger = firstOf(events, 'trigger');
  const origin = trigger ?? incident.incidentStartedAt;
  const originName = trigger !== null ? 'first trigger event' : 'incident start';
  const noOrigin = 'no event is marked trigger and the incident start is not set';

  const sinceOrigin = (key: MetricKey, phase: TimelinePhase): Metric => {
    const at = firstOf(events, phase);
    if (origin === null) return { key, known: false, reason: noOrigin };
    if (at === null) return { key, known: false, reason: `no event is marked ${phase}` };
    return span(key, origin, at, originName, `first ${phase} event`);
  };

  const start = incident.incidentStartedAt ?? earliest;
  const end = incident.incidentEndedAt ?? latest;
  let totalDuration: Metric;
  if (start === null || end === null) {
    totalDuration = { key: 'totalDuration', known: false, reason: 'the incident start and end are not set and the timeline is empty' };
  } else if (incident.incidentStartedAt === null && incident.incidentEndedAt === null && events.length < 2) {
    totalDuration = { key: 'totalDuration', known: false, reason: 'the incident end is not set and the timeline has a single event' };
  } else {
    totalDuration = span(
      'totalDuration',
      start,
      end,
      incident.incidentStartedAt !== null ? 'incident start' : 'first event',
      incident.incidentEndedAt !== null ? 'incident end' : 'last event',
    );
  }

  return {
    timeToDetect: sinceOrigin('timeToDetect', 'detection'),
    timeToMitigate: sinceOrigin('timeToMitigate', 'mitigation'),
    timeToResolve: sinceOrigin('timeToResolve', 'resolution'),
    totalDuration,
  };
}

/** A span as people say it: "45 s", "12 min", "2 h 5 min", "3 d 4 h". Rounded down to what is shown. */
export function formatDuration(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  // Hours and minutes however long it ran: "24 h 14 min", never "1 d", which would hide the minutes.
  const hours = Math.floor(minutes / 60);
  return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
}

/** The figure, or "not known" with its reason: one line of text for a screen or a report table. */
export function metricText(metric: Metric): string {
  return metric.known ? formatDuration(metric.ms) : `not known: ${metric.reason}`;
}
