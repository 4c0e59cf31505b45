import { describe, expect, it } from 'vitest';
import { anchorDateFor, parseClockText, parseDateText, resolveTimeEntry } from '../../../src/shared/time/time-input.ts';
import { calendarDateAt, clockTextAt, instantOf, zoneOffsetAt } from '../../../src/shared/time/zoned-time.ts';
import { updatedLabel } from '../../../src/renderer/time/updated-label.ts';

const utc = (text: string) => Date.parse(text);

describe('parseClockText', () => {
  it.each([
    ['14:05', { hour: 14, minute: 5, second: 0, precision: 'minute' }],
    ['14:05:09', { hour: 14, minute: 5, second: 9, precision: 'second' }],
    ['9:30', { hour: 9, minute: 30, second: 0, precision: 'minute' }],
    [' 23:59:59 ', { hour: 23, minute: 59, second: 59, precision: 'second' }],
    ['07.15', { hour: 7, minute: 15, second: 0, precision: 'minute' }],
    ['00:00', { hour: 0, minute: 0, second: 0, precision: 'minute' }],
  ])('reads %j', (text, expected) => {
    expect(parseClockText(text)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['', /HH:MM/],
    ['1405', /HH:MM/],
    ['14:5', /HH:MM/],
    ['24:00', /hour from 00 to 23/],
    ['12:60', /minutes from 00 to 59/],
    ['12:00:60', /seconds from 00 to 59/],
    ['noon', /HH:MM/],
  ])('refuses %j', (text, message) => {
    const parsed = parseClockText(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });
});

describe('parseDateText', () => {
  it.each([
    ['2026-02-03', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['3.2.2026', false],
  ])('%s is valid: %s', (text, valid) => {
    expect(parseDateText(text).ok).toBe(valid);
  });
});

describe('instantOf and its inverse in a zone', () => {
  it.each([
    ['UTC', { year: 2026, month: 2, day: 3, hour: 14, minute: 5, second: 0 }, '2026-02-03T14:05:00Z'],
    ['Europe/Berlin', { year: 2026, month: 2, day: 3, hour: 14, minute: 5, second: 0 }, '2026-02-03T13:05:00Z'],
    ['Europe/Berlin', { year: 2026, month: 7, day: 3, hour: 14, minute: 5, second: 0 }, '2026-07-03T12:05:00Z'],
    ['America/New_York', { year: 2026, month: 1, day: 1, hour: 0, minute: 30, second: 0 }, '2026-01-01T05:30:00Z'],
    ['Asia/Kolkata', { year: 2026, month: 2, day: 3, hour: 9, minute: 0, second: 0 }, '2026-02-03T03:30:00Z'],
    // Clocks go back at 03:00 CEST: 02:30 happens twice, the first time is meant.
    ['Europe/Berlin', { year: 2026, month: 10, day: 25, hour: 2, minute: 30, second: 0 }, '2026-10-25T00:30:00Z'],
    // Clocks go forward at 02:00 CET: 02:30 never happens, it is read as 03:30 CEST.
    ['Europe/Berlin', { year: 2026, month: 3, day: 29, hour: 2, minute: 30, second: 0 }, '2026-03-29T01:30:00Z'],
  ])('%s %j is %s', (zone, clock, expected) => {
    expect(new Date(instantOf(clock, zone)).toISOString()).toBe(new Date(expected).toISOString());
  });

  it.each([
    ['2026-02-03T13:05:09Z', 'Europe/Berlin', 'second', '2026-02-03', '14:05:09'],
    ['2026-02-03T13:05:09Z', 'Europe/Berlin', 'minute', '2026-02-03', '14:05'],
    ['2026-02-03T23:30:00Z', 'Asia/Tokyo', 'minute', '2026-02-04', '08:30'],
    ['2026-02-03T03:00:00Z', 'America/Los_Angeles', 'minute', '2026-02-02', '19:00'],
    ['2026-02-03T00:00:00Z', 'UTC', 'second', '2026-02-03', '00:00:00'],
  ] as const)('%s in %s shows %s as date %s and clock %s', (instant, zone, precision, date, clock) => {
    expect(calendarDateAt(utc(instant), zone)).toBe(date);
    expect(clockTextAt(utc(instant), zone, precision)).toBe(clock);
  });

  it('knows the offset on both sides of a change', () => {
    expect(zoneOffsetAt(utc('2026-03-29T00:59:59Z'), 'Europe/Berlin')).toBe(3_600_000);
    expect(zoneOffsetAt(utc('2026-03-29T01:00:00Z'), 'Europe/Berlin')).toBe(7_200_000);
  });
});

describe('resolveTimeEntry', () => {
  const base = { anchorDate: '2026-02-03', timeZone: 'Europe/Berlin', now: utc('2026-02-05T10:00:00.750Z') };

  it.each([
    ['an empty entry is now, to the second', { timeText: '', dateText: '' }, { occurredAt: utc('2026-02-05T10:00:00Z'), precision: 'second' }],
    ['a clock time is on the anchor date', { timeText: '14:05', dateText: '' }, { occurredAt: utc('2026-02-03T13:05:00Z'), precision: 'minute' }],
    ['seconds make it precise to the second', { timeText: '14:05:30', dateText: '' }, { occurredAt: utc('2026-02-03T13:05:30Z'), precision: 'second' }],
    ['a typed date wins over the anchor', { timeText: '00:10', dateText: '2026-02-04' }, { occurredAt: utc('2026-02-03T23:10:00Z'), precision: 'minute' }],
  ])('%s', (_name, typed, expected) => {
    expect(resolveTimeEntry({ ...base, ...typed })).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['a bad time', { timeText: '25:00', dateText: '' }, 'time'],
    ['a date without a time', { timeText: '', dateText: '2026-02-04' }, 'time'],
    ['a bad date', { timeText: '10:00', dateText: '2026-02-30' }, 'date'],
  ])('names the field for %s', (_name, typed, field) => {
    expect(resolveTimeEntry({ ...base, ...typed })).toMatchObject({ ok: false, field });
  });
});

describe('anchorDateFor', () => {
  const now = utc('2026-02-05T10:00:00Z');
  it.each([
    ['the incident start', utc('2026-02-03T23:30:00Z'), utc('2026-02-01T08:00:00Z'), '2026-02-04'],
    ['the earliest event when the start is unknown', null, utc('2026-02-01T08:00:00Z'), '2026-02-01'],
    ['today when nothing is known', null, null, '2026-02-05'],
  ])('uses %s', (_name, incidentStartedAt, earliestEventAt, expected) => {
    expect(anchorDateFor({ incidentStartedAt, earliestEventAt, now, timeZone: 'Europe/Berlin' })).toBe(expected);
  });
});

describe('updatedLabel', () => {
  const now = utc('2026-02-05T15:00:00Z');
  it.each([
    [utc('2026-02-05T14:59:30Z'), 'just now'],
    [utc('2026-02-05T14:48:00Z'), '12 min ago'],
    [utc('2026-02-05T08:05:00Z'), 'today at 09:05'],
    [utc('2026-02-04T20:00:00Z'), 'yesterday at 21:00'],
    [utc('2026-01-28T09:00:00Z'), '2026-01-28'],
  ])('%s is %j', (updatedAt, expected) => {
    expect(updatedLabel(updatedAt, now, 'Europe/Berlin')).toBe(expected);
  });
});
