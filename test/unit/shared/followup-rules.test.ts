import { describe, expect, it } from 'vitest';
import { ageInDays, isDueThisWeek, isOverdue, isStale, todayIn, weekOf } from '../../../src/shared/actions/followup-rules.ts';
import type { ActionStatus } from '../../../src/shared/domain/actions.ts';

const DAY = 24 * 60 * 60 * 1000;

// Issue 15: "overdue: past the due date and not done"; cancelled items need nothing more either.
describe('overdue', () => {
  it.each<[string | null, ActionStatus, boolean]>([
    ['2026-12-05', 'open', true],
    ['2026-12-05', 'in_progress', true],
    ['2026-12-05', 'done', false],
    ['2026-12-05', 'cancelled', false],
    ['2026-12-06', 'open', false], // due today is not yet past its date
    ['2026-12-07', 'open', false],
    [null, 'open', false], // no date agreed, nothing to be late for
    ['2025-01-31', 'open', true],
  ])('due %s, %s on 2026-12-06: %s', (dueOn, status, expected) => {
    expect(isOverdue({ dueOn, status }, '2026-12-06')).toBe(expected);
  });
});

// Issue 15: "stale: open with no change for 30 days (the number can be set)".
describe('stale', () => {
  const now = Date.UTC(2026, 11, 6, 12, 0, 0);
  it.each<[number, ActionStatus, number | undefined, boolean]>([
    [now - 30 * DAY, 'open', undefined, true],
    [now - 30 * DAY, 'in_progress', undefined, true],
    [now - 30 * DAY + 1, 'open', undefined, false], // one millisecond short of 30 days
    [now - 29 * DAY, 'open', undefined, false],
    [now - 400 * DAY, 'done', undefined, false],
    [now - 400 * DAY, 'cancelled', undefined, false],
    [now - 7 * DAY, 'open', 7, true],
    [now - 6 * DAY, 'open', 7, false],
  ])('last change at %i, %s, after %s days: %s', (updatedAt, status, days, expected) => {
    expect(isStale({ updatedAt, status }, now, days)).toBe(expected);
  });
});

describe('this week and today', () => {
  it.each([
    ['2026-12-06', '2026-11-30', '2026-12-06'], // a Sunday ends its week
    ['2026-12-07', '2026-12-07', '2026-12-13'], // a Monday starts one
    ['2026-12-31', '2026-12-28', '2027-01-03'], // across the new year
    ['2024-02-29', '2024-02-26', '2024-03-03'], // a leap day
  ])('the week of %s runs from %s to %s', (today, first, last) => {
    expect(weekOf(today)).toEqual({ first, last });
  });

  it.each<[string | null, ActionStatus, boolean]>([
    ['2026-12-07', 'open', true],
    ['2026-12-13', 'in_progress', true],
    ['2026-12-09', 'open', true], // today
    ['2026-12-06', 'open', false], // last week's Sunday
    ['2026-12-14', 'open', false], // next Monday
    ['2026-12-10', 'done', false],
    [null, 'open', false],
  ])('due %s, %s, on Wednesday 2026-12-09: due this week is %s', (dueOn, status, expected) => {
    expect(isDueThisWeek({ dueOn, status }, '2026-12-09')).toBe(expected);
  });

  it("reads today in the user's time zone, not in UTC", () => {
    const lateSunday = Date.UTC(2026, 11, 6, 23, 30); // 23:30 UTC on Sunday 6 December
    expect(todayIn(lateSunday, 'UTC')).toBe('2026-12-06');
    expect(todayIn(lateSunday, 'Europe/Berlin')).toBe('2026-12-07');
    expect(todayIn(lateSunday, 'America/Los_Angeles')).toBe('2026-12-06');
    // On Monday in Berlin an item due on Sunday is overdue; in UTC it is not yet.
    expect(isOverdue({ dueOn: '2026-12-06', status: 'open' }, todayIn(lateSunday, 'Europe/Berlin'))).toBe(true);
    expect(isOverdue({ dueOn: '2026-12-06', status: 'open' }, todayIn(lateSunday, 'UTC'))).toBe(false);
  });

  it('counts age in whole days since the item was created', () => {
    const created = Date.UTC(2026, 10, 1, 9, 0);
    expect(ageInDays(created, created)).toBe(0);
    expect(ageInDays(created, created + DAY - 1)).toBe(0);
    expect(ageInDays(created, created + DAY)).toBe(1);
    expect(ageInDays(created, created + 35 * DAY + 5)).toBe(35);
  });
});
