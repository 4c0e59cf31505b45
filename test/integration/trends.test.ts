import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch.ts';
import type { Trends } from '../../src/shared/trends/trends.ts';
import { failure, ok, seedTrendReviews, useServiceOnTempFile } from '../harness/index.ts';

const MIN = 60_000;
const TODAY = '2026-12-01';

/** Issue 16's trends over the reviews of seedTrendReviews (its comment works the figures out by hand). */
describe('trends.get over a real SQLite file', () => {
  const fixture = useServiceOnTempFile();
  const trends = (input: Record<string, unknown> = {}) => ok<Trends>(dispatch(fixture.service, 'trends.get', { today: TODAY, ...input }));

  it('answers no months when there are no reviews', () => {
    expect(trends()).toMatchObject({ reviewCount: 0, months: [], causes: [], followThrough: [] });
  });

  it('counts reviews per month by severity, leaving out deleted reviews and effectiveness checks', () => {
    seedTrendReviews(fixture.service);
    const result = trends();
    expect(result.reviewCount).toBe(4);
    expect(result.months).toEqual(['2026-09', '2026-10', '2026-11']);
    expect(result.reviews.map((month) => [month.month, month.total, month.bySeverity])).toEqual([
      ['2026-09', 2, { SEV1: 1, SEV2: 1, SEV3: 0, SEV4: 0, unset: 0 }],
      ['2026-10', 0, { SEV1: 0, SEV2: 0, SEV3: 0, SEV4: 0, unset: 0 }],
      ['2026-11', 2, { SEV1: 0, SEV2: 0, SEV3: 1, SEV4: 0, unset: 1 }],
    ]);
  });

  it('gives median response times per month and names the reviews left out', () => {
    seedTrendReviews(fixture.service);
    const result = trends();
    const medians = result.responseTimes.map((month) => [
      month.month,
      month.metrics.timeToDetect.medianMs,
      month.metrics.timeToMitigate.medianMs,
      month.metrics.timeToResolve.medianMs,
    ]);
    expect(medians).toEqual([
      ['2026-09', 21 * MIN, 50 * MIN, 90 * MIN],
      ['2026-10', null, null, null],
      ['2026-11', 4 * MIN, 10 * MIN, 20 * MIN],
    ]);
    expect(result.leftOut.timeToDetect.map((left) => left.title)).toEqual(['Search slow']);
    expect(result.leftOut.timeToMitigate.map((left) => left.title)).toEqual(['Search slow']);
    expect(result.leftOut.timeToResolve.map((left) => [left.title, left.reason])).toEqual([
      ['Payments timeout', 'no event is marked resolution'],
      // Its incident start is set, so only the event is missing.
      ['Search slow', 'no event is marked resolution'],
    ]);
  });

  it('finds the service three reviews name, ignoring case', () => {
    seedTrendReviews(fixture.service);
    expect(trends().causes).toEqual([{ kind: 'service', name: 'PAYMENTS', reviewCount: 3, months: ['2026-09', '2026-11'] }]);
  });

  it('counts a contributing factor once per review, whether the review or one of its whys carries it', () => {
    const { checkout, login, payments } = seedTrendReviews(fixture.service);
    const call = <T>(method: string, input: unknown) => ok<T>(dispatch(fixture.service, method, input));
    const capacity = call<Array<{ id: string; name: string }>>('tags.factors', {}).find((factor) => factor.name === 'Capacity');
    const why = call<{ id: string }>('whys.add', { meetingId: login.id, parentId: null, text: 'The pool was sized for last year' });
    call('tags.set', { meetingId: checkout.id, itemKind: 'meeting', itemId: checkout.id, factorIds: [capacity?.id] });
    call('tags.set', { meetingId: login.id, itemKind: 'why', itemId: why.id, factorIds: [capacity?.id] });
    call('tags.set', { meetingId: login.id, itemKind: 'meeting', itemId: login.id, factorIds: [capacity?.id] });
    expect(trends().causes).toContainEqual({ kind: 'factor', name: 'Capacity', reviewCount: 2, months: ['2026-09', '2026-11'] });
    // One review alone does not make a cause recur.
    const change = call<Array<{ id: string; name: string }>>('tags.factors', {}).find((factor) => factor.name === 'Change management');
    call('tags.set', { meetingId: payments.id, itemKind: 'meeting', itemId: payments.id, factorIds: [change?.id] });
    expect(trends().causes.map((cause) => cause.name)).not.toContain('Change management');
  });

  it('counts follow-through per review month', () => {
    seedTrendReviews(fixture.service);
    expect(trends().followThrough).toEqual([
      { month: '2026-09', items: 5, done: 2, cancelled: 1, unfinished: 2, overdue: 1, completionRate: 0.5 },
      { month: '2026-10', items: 0, done: 0, cancelled: 0, unfinished: 0, overdue: 0, completionRate: null },
      { month: '2026-11', items: 1, done: 0, cancelled: 0, unfinished: 1, overdue: 0, completionRate: 0 },
    ]);
  });

  it('keeps to the period asked for', () => {
    seedTrendReviews(fixture.service);
    const result = trends({ from: '2026-10', until: '2026-11' });
    expect(result).toMatchObject({ from: '2026-10', until: '2026-11', reviewCount: 2, months: ['2026-11'], causes: [] });
  });

  it('refuses a malformed month or a period that ends before it starts, naming the field', () => {
    expect(failure(dispatch(fixture.service, 'trends.get', { from: '2026-13' }))).toMatchObject({ code: 'invalid_input', field: 'from' });
    expect(failure(dispatch(fixture.service, 'trends.get', { from: '2026-11', until: '2026-10' }))).toMatchObject({ code: 'invalid_input', field: 'until' });
  });
});
