import { describe, expect, it } from 'vitest';
import type { TimelinePhase } from '../../../../src/shared/domain/timeline.ts';
import { computeTrends, median, monthsBetween, reviewMonth, type TrendRows, type TrendReview } from '../../../../src/shared/trends/trends.ts';

const MIN = 60_000;
const event = (phase: TimelinePhase, start: number, minutes: number) => ({ phase, occurredAt: start + minutes * MIN });

const R1_START = Date.UTC(2026, 0, 10, 10, 0);
// 23:30 UTC on 31 January is 08:30 on 1 February in Tokyo: the review's own zone puts it in February.
const R2_START = Date.UTC(2026, 0, 31, 23, 30);
const R3_START = Date.UTC(2026, 0, 20, 0, 0);

const review = (fields: Partial<TrendReview> & Pick<TrendReview, 'id'>): TrendReview => ({
  title: `Review ${fields.id}`,
  incidentId: `INC-${fields.id}`,
  severity: null,
  timeZone: 'UTC',
  incidentStartedAt: null,
  incidentEndedAt: null,
  createdAt: Date.UTC(2026, 3, 2, 9, 0),
  firstEvents: [],
  ...fields,
});

const ROWS: TrendRows = {
  reviews: [
    // No trigger event: measured from the incident start (10, 30 and 90 minutes).
    review({
      id: 'r1',
      severity: 'SEV1',
      incidentStartedAt: R1_START,
      firstEvents: [event('detection', R1_START, 10), event('mitigation', R1_START, 30), event('resolution', R1_START, 90)],
    }),
    // No resolution event: left out of time to resolve.
    review({
      id: 'r2',
      severity: 'SEV2',
      timeZone: 'Asia/Tokyo',
      incidentStartedAt: R2_START,
      firstEvents: [event('detection', R2_START, 20), event('mitigation', R2_START, 60)],
    }),
    // A trigger 5 minutes after the start is the origin: 20, 40 and 120 minutes.
    review({
      id: 'r3',
      severity: 'SEV1',
      incidentStartedAt: R3_START,
      firstEvents: [event('trigger', R3_START, 5), event('detection', R3_START, 25), event('mitigation', R3_START, 45), event('resolution', R3_START, 125)],
    }),
    // No incident start and no events: counted in April, its creation month, and left out of every time.
    review({ id: 'r4' }),
  ],
  actionItems: [
    { meetingId: 'r1', status: 'done', dueOn: '2026-01-20' },
    { meetingId: 'r1', status: 'done', dueOn: null },
    { meetingId: 'r1', status: 'cancelled', dueOn: '2026-01-01' },
    { meetingId: 'r1', status: 'open', dueOn: '2026-01-15' },
    { meetingId: 'r1', status: 'in_progress', dueOn: '2026-05-01' },
    { meetingId: 'r3', status: 'open', dueOn: null },
    { meetingId: 'r3', status: 'done', dueOn: '2026-02-01' },
    { meetingId: 'r2', status: 'cancelled', dueOn: '2026-02-10' },
    { meetingId: 'r4', status: 'open', dueOn: '2026-02-28' },
    { meetingId: 'r4', status: 'done', dueOn: '2026-01-01' },
    { meetingId: 'gone', status: 'open', dueOn: '2026-01-01' },
  ],
  causes: [
    { meetingId: 'r1', kind: 'service', name: 'Payments' },
    { meetingId: 'r1', kind: 'service', name: 'Auth' },
    { meetingId: 'r2', kind: 'service', name: 'payments' },
    { meetingId: 'r3', kind: 'service', name: 'PAYMENTS' },
    { meetingId: 'r3', kind: 'service', name: 'Search' },
    { meetingId: 'r4', kind: 'service', name: 'Auth' },
    { meetingId: 'r1', kind: 'factor', name: 'Missing alert' },
    { meetingId: 'r3', kind: 'factor', name: 'missing alert' },
    { meetingId: 'r3', kind: 'factor', name: 'Missing Alert' },
    { meetingId: 'r2', kind: 'factor', name: 'payments' },
    { meetingId: 'gone', kind: 'service', name: 'Search' },
  ],
};

const none = { medianMs: null, measured: 0 };

describe('computeTrends', () => {
  const trends = computeTrends(ROWS, { today: '2026-03-01' });

  it('counts every month from the first review to the last, the empty one too', () => {
    expect(trends.reviewCount).toBe(4);
    expect(trends.months).toEqual(['2026-01', '2026-02', '2026-03', '2026-04']);
  });

  it('counts reviews per month by severity, in the review’s own time zone', () => {
    expect(trends.reviews).toEqual([
      { month: '2026-01', total: 2, bySeverity: { SEV1: 2, SEV2: 0, SEV3: 0, SEV4: 0, unset: 0 } },
      { month: '2026-02', total: 1, bySeverity: { SEV1: 0, SEV2: 1, SEV3: 0, SEV4: 0, unset: 0 } },
      { month: '2026-03', total: 0, bySeverity: { SEV1: 0, SEV2: 0, SEV3: 0, SEV4: 0, unset: 0 } },
      { month: '2026-04', total: 1, bySeverity: { SEV1: 0, SEV2: 0, SEV3: 0, SEV4: 0, unset: 1 } },
    ]);
  });

  it('gives the median response times per month over the reviews measured', () => {
    expect(trends.responseTimes).toEqual([
      {
        month: '2026-01',
        metrics: {
          timeToDetect: { medianMs: 15 * MIN, measured: 2 },
          timeToMitigate: { medianMs: 35 * MIN, measured: 2 },
          timeToResolve: { medianMs: 105 * MIN, measured: 2 },
        },
      },
      {
        month: '2026-02',
        metrics: { timeToDetect: { medianMs: 20 * MIN, measured: 1 }, timeToMitigate: { medianMs: 60 * MIN, measured: 1 }, timeToResolve: none },
      },
      { month: '2026-03', metrics: { timeToDetect: none, timeToMitigate: none, timeToResolve: none } },
      { month: '2026-04', metrics: { timeToDetect: none, timeToMitigate: none, timeToResolve: none } },
    ]);
  });

  it('lists the reviews each response time leaves out, with the reason', () => {
    const noOrigin = 'no event is marked trigger and the incident start is not set';
    const r4 = { id: 'r4', title: 'Review r4', incidentId: 'INC-r4', month: '2026-04', reason: noOrigin };
    expect(trends.leftOut.timeToDetect).toEqual([r4]);
    expect(trends.leftOut.timeToMitigate).toEqual([r4]);
    expect(trends.leftOut.timeToResolve).toEqual([
      { id: 'r2', title: 'Review r2', incidentId: 'INC-r2', month: '2026-02', reason: 'no event is marked resolution' },
      r4,
    ]);
  });

  it('finds causes two or more reviews share, ignoring case, each review once', () => {
    expect(trends.causes).toEqual([
      { kind: 'service', name: 'PAYMENTS', reviewCount: 3, months: ['2026-01', '2026-02'] },
      { kind: 'service', name: 'Auth', reviewCount: 2, months: ['2026-01', '2026-04'] },
      { kind: 'factor', name: 'Missing Alert', reviewCount: 2, months: ['2026-01'] },
    ]);
  });

  it('counts follow-through per review month: done out of all but cancelled, overdue as of today', () => {
    expect(trends.followThrough).toEqual([
      { month: '2026-01', items: 7, done: 3, cancelled: 1, unfinished: 3, overdue: 1, completionRate: 0.5 },
      { month: '2026-02', items: 1, done: 0, cancelled: 1, unfinished: 0, overdue: 0, completionRate: null },
      { month: '2026-03', items: 0, done: 0, cancelled: 0, unfinished: 0, overdue: 0, completionRate: null },
      { month: '2026-04', items: 2, done: 1, cancelled: 0, unfinished: 1, overdue: 1, completionRate: 0.5 },
    ]);
  });

  it('keeps only the reviews of the period', () => {
    const period = computeTrends(ROWS, { from: '2026-02', until: '2026-03', today: '2026-03-01' });
    expect(period).toMatchObject({ from: '2026-02', until: '2026-03', reviewCount: 1, months: ['2026-02'], causes: [] });
    expect(period.leftOut.timeToResolve.map((left) => left.id)).toEqual(['r2']);
    expect(period.followThrough).toEqual([{ month: '2026-02', items: 1, done: 0, cancelled: 1, unfinished: 0, overdue: 0, completionRate: null }]);
  });

  it('answers no months and no causes when there are no reviews', () => {
    const empty = computeTrends({ reviews: [], actionItems: [], causes: [] }, { today: '2026-03-01' });
    expect(empty).toMatchObject({ reviewCount: 0, months: [], reviews: [], responseTimes: [], causes: [], followThrough: [] });
  });
});

describe('trend helpers', () => {
  it('reads a review’s month from its incident start, else its creation', () => {
    expect(reviewMonth({ incidentStartedAt: R2_START, createdAt: 0, timeZone: 'Asia/Tokyo' })).toBe('2026-02');
    expect(reviewMonth({ incidentStartedAt: R2_START, createdAt: 0, timeZone: 'UTC' })).toBe('2026-01');
    expect(reviewMonth({ incidentStartedAt: null, createdAt: Date.UTC(2025, 11, 31, 12), timeZone: 'UTC' })).toBe('2025-12');
  });

  it('lists months across a new year', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-03', '2026-03')).toEqual(['2026-03']);
  });

  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
