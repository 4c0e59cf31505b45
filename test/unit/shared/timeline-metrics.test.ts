import { describe, expect, it } from 'vitest';
import type { TimelinePhase } from '../../../src/shared/domain/timeline.ts';
import { formatDuration, metricText, timelineMetrics, type MetricKey } from '../../../src/shared/timeline/metrics.ts';

const MIN = 60_000;
const T0 = Date.UTC(2026, 1, 3, 14, 0);
const at = (minutes: number) => T0 + minutes * MIN;
const ev = (minutes: number, phase: TimelinePhase) => ({ occurredAt: at(minutes), phase });
const NO_WINDOW = { incidentStartedAt: null, incidentEndedAt: null };

// The seed's example incident: a deploy at 14:00, errors noticed at 14:05, a rollback at 14:20, all clear at 14:45.
const STORY = [ev(7, 'response'), ev(0, 'trigger'), ev(5, 'detection'), ev(20, 'mitigation'), ev(45, 'resolution'), ev(50, 'other')];

describe('timelineMetrics', () => {
  it.each<[MetricKey, number]>([
    ['timeToDetect', 5],
    ['timeToMitigate', 20],
    ['timeToResolve', 45],
    ['totalDuration', 50],
  ])('measures %s from the phases, events in any order (%i min)', (key, minutes) => {
    const metric = timelineMetrics(STORY, NO_WINDOW)[key];
    expect(metric).toMatchObject({ known: true, ms: minutes * MIN });
  });

  it.each([
    ['the first event of each phase counts', [ev(0, 'trigger'), ev(9, 'detection'), ev(3, 'detection'), ev(2, 'trigger')], 'timeToDetect', 3],
    ['the incident start stands in for a missing trigger', [ev(12, 'detection')], 'timeToDetect', 12 + 10],
    ['the entered start and end win for the total duration', [ev(0, 'trigger'), ev(30, 'resolution')], 'totalDuration', 90 + 10],
  ] as const)('%s', (_name, events, key, minutes) => {
    const metric = timelineMetrics(events, { incidentStartedAt: at(-10), incidentEndedAt: at(90) })[key];
    expect(metric).toMatchObject({ known: true, ms: minutes * MIN });
  });

  it.each([
    ['an empty timeline', [], NO_WINDOW, 'timeToDetect', 'no event is marked trigger and the incident start is not set'],
    ['no detection event', [ev(0, 'trigger')], NO_WINDOW, 'timeToDetect', 'no event is marked detection'],
    ['no mitigation event', [ev(0, 'trigger')], NO_WINDOW, 'timeToMitigate', 'no event is marked mitigation'],
    ['no resolution event', [ev(0, 'trigger')], NO_WINDOW, 'timeToResolve', 'no event is marked resolution'],
    [
      'detection before the trigger',
      [ev(10, 'trigger'), ev(4, 'detection')],
      NO_WINDOW,
      'timeToDetect',
      'the first detection event is before the first trigger event',
    ],
    ['an empty timeline and no dates', [], NO_WINDOW, 'totalDuration', 'the incident start and end are not set and the timeline is empty'],
    ['a single event and no dates', [ev(3, 'other')], NO_WINDOW, 'totalDuration', 'the incident end is not set and the timeline has a single event'],
    [
      'an end entered before the first event',
      [ev(30, 'other')],
      { incidentStartedAt: null, incidentEndedAt: at(10) },
      'totalDuration',
      'the incident end is before the first event',
    ],
  ] as const)('says why it cannot measure with %s', (_name, events, window, key, reason) => {
    expect(timelineMetrics(events, window)[key]).toEqual({ key, known: false, reason });
  });

  it('keeps the instants it measured between, for the report', () => {
    expect(timelineMetrics(STORY, NO_WINDOW).timeToMitigate).toEqual({ key: 'timeToMitigate', known: true, ms: 20 * MIN, from: at(0), to: at(20) });
  });
});

describe('formatDuration and metricText', () => {
  it.each([
    [0, '0 s'],
    [59_999, '59 s'],
    [5 * MIN, '5 min'],
    [60 * MIN, '1 h'],
    [125 * MIN, '2 h 5 min'],
    // In full past a day (issue 13): hours and minutes, never days that hide the minutes.
    [24 * 60 * MIN, '24 h'],
    [(24 * 60 + 14) * MIN, '24 h 14 min'],
    [((3 * 24 + 4) * 60 + 1) * MIN, '76 h 1 min'],
  ])('%i ms reads %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  it('prints the reason when a metric is not known', () => {
    expect(metricText(timelineMetrics([], NO_WINDOW).timeToResolve)).toBe('not known: no event is marked trigger and the incident start is not set');
  });
});
