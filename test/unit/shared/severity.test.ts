import { describe, expect, it } from 'vitest';
import type { Severity } from '../../../src/shared/domain/meeting.ts';
import { addCalendarDays, reviewDeadline, SEVERITY_RULES, suggestedFollowUp } from '../../../src/shared/meeting/severity.ts';

const END = Date.UTC(2026, 2, 27, 22, 30);
const HOUR = 3_600_000;

describe('reviewDeadline', () => {
  it.each<[Severity, number]>([
    ['SEV1', 48 * HOUR],
    ['SEV2', 7 * 24 * HOUR],
  ])('%s is due a fixed time after the incident ended', (severity, after) => {
    expect(reviewDeadline(severity, END)).toEqual({ due: true, at: END + after });
  });

  it.each<[Severity | null, number | null, string]>([
    ['SEV3', END, 'SEV3 has no review deadline'],
    ['SEV4', END, 'SEV4 has no review deadline'],
    [null, END, 'choose a severity to see the review deadline'],
    ['SEV1', null, 'enter when the incident ended to see the date'],
  ])('%s ended at %s has no date: %s', (severity, endedAt, reason) => {
    expect(reviewDeadline(severity, endedAt)).toEqual({ due: false, reason });
  });

  it('describes every severity with its meaning and review rule', () => {
    expect(Object.values(SEVERITY_RULES).map((rule) => rule.review)).toEqual([
      'Review required within 48 hours',
      'Review required within a week',
      'Review recommended, no deadline',
      'Review optional, often still worth it',
    ]);
  });
});

describe('follow-up review date', () => {
  it.each([
    ['2026-01-31', 30, '2026-03-02'],
    ['2028-02-15', 30, '2028-03-16'],
    ['2026-12-15', 30, '2027-01-14'],
  ])('%s plus %i days is %s', (date, days, expected) => {
    expect(addCalendarDays(date, days)).toBe(expected);
  });

  it('suggests 30 days after the review, or after today before the review', () => {
    expect(suggestedFollowUp('2026-03-01', '2026-02-01')).toBe('2026-03-31');
    expect(suggestedFollowUp(null, '2026-02-01')).toBe('2026-03-03');
  });
});
