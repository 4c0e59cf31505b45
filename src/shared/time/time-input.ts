import type { TimePrecision } from '../domain/timeline.ts';
import { calendarDateAt, instantOf } from './zoned-time.ts';

export interface ClockTime {
  hour: number;
  minute: number;
  second: number;
  precision: TimePrecision;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const CLOCK_PATTERN = /^(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "14:05" or "14:05:09" (a dot works too, and a single-digit hour). */
export function parseClockText(text: string): Parsed<ClockTime> {
  const match = CLOCK_PATTERN.exec(text.trim());
  if (!match) return { ok: false, message: 'must be a time as HH:MM or HH:MM:SS, for example 14:05' };
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  const second = match[3] === undefined ? 0 : Number(match[3]);
  if (hour > 23) return { ok: false, message: 'must have an hour from 00 to 23' };
  if (minute > 59) return { ok: false, message: 'must have minutes from 00 to 59' };
  if (second > 59) return { ok: false, message: 'must have seconds from 00 to 59' };
  return { ok: true, value: { hour, minute, second, precision: match[3] === undefined ? 'minute' : 'second' } };
}

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** "2026-02-03", checked against the real calendar. */
export function parseDateText(text: string): Parsed<CalendarDate> {
  const match = DATE_PATTERN.exec(text.trim());
  if (!match) return { ok: false, message: 'must be a date as YYYY-MM-DD, for example 2026-02-03' };
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return { ok: false, message: 'must be a real calendar date' };
  }
  return { ok: true, value: { year, month, day } };
}

export interface ResolvedTime {
  occurredAt: number;
  precision: TimePrecision;
}

export interface TimeEntry {
  /** What the person typed; empty means "now". */
  timeText: string;
  /** What the person typed as the date; empty means the anchor date. */
  dateText: string;
  /** YYYY-MM-DD the typed clock time belongs to unless a date is typed. */
  anchorDate: string;
  timeZone: string;
  now: number;
}

export type TimeEntryResult = { ok: true; value: ResolvedTime } | { ok: false; field: 'time' | 'date'; message: string };

/** Turns the time (and optional date) fields of a timeline entry into a UTC instant in the meeting's zone. */
export function resolveTimeEntry(entry: TimeEntry): TimeEntryResult {
  const dateText = entry.dateText.trim();
  const timeText = entry.timeText.trim();
  if (timeText === '' && dateText === '') {
    return { ok: true, value: { occurredAt: Math.floor(entry.now / 1000) * 1000, precision: 'second' } };
  }
  if (timeText === '') return { ok: false, field: 'time', message: 'is needed when a date is given' };
  const clock = parseClockText(timeText);
  if (!clock.ok) return { ok: false, field: 'time', message: clock.message };
  const date = parseDateText(dateText === '' ? entry.anchorDate : dateText);
  if (!date.ok) return { ok: false, field: 'date', message: date.message };
  const occurredAt = instantOf({ ...date.value, hour: clock.value.hour, minute: clock.value.minute, second: clock.value.second }, entry.timeZone);
  return { ok: true, value: { occurredAt, precision: clock.value.precision } };
}

/**
 * The date typed clock times belong to: the day the incident started if it is known, else the day of the
 * earliest event already on the timeline, else today, all in the meeting's zone.
 */
export function anchorDateFor(options: { incidentStartedAt: number | null; earliestEventAt: number | null; now: number; timeZone: string }): string {
  const instant = options.incidentStartedAt ?? options.earliestEventAt ?? options.now;
  return calendarDateAt(instant, options.timeZone);
}
