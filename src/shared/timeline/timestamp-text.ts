import type { TimePrecision } from '../domain/timeline.ts';
import { parseClockText, parseDateText } from '../time/time-input.ts';
import { instantOf } from '../time/zoned-time.ts';
import type { ImportContext } from './import-result.ts';

export type TimestampResult = { ok: true; occurredAt: number; precision: TimePrecision } | { ok: false; message: string };

// 2026-11-20T14:05:09.123+01:00, 2026-11-20 14:05 UTC, 2026-11-20 14:05:09 -05:00
const DATE_TIME_PATTERN = /^(\d{4}-\d{2}-\d{2})[T ](\d{1,2}:\d{2}(?::\d{2})?)(?:\.(\d{1,9}))?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;
const CLOCK_ONLY_PATTERN = /^\d{1,2}[:.]\d{2}(?:[:.]\d{2})?$/;
const OFFSET_PATTERN = /^([+-])(\d{2}):?(\d{2})?$/;

function offsetMinutes(zone: string): number | string {
  if (/^(z|utc|gmt)$/i.test(zone)) return 0;
  const match = OFFSET_PATTERN.exec(zone);
  if (!match) return `has an offset "${zone}" that is not ±HH:MM`;
  const hours = Number(match[2]);
  const minutes = Number(match[3] ?? '0');
  if (hours > 14 || minutes > 59) return `has an offset "${zone}" outside -14:00 to +14:00`;
  return (match[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

/**
 * A time as people write it in logs and spreadsheets: ISO 8601, "YYYY-MM-DD HH:MM[:SS] [UTC|±HH:MM]", or a bare
 * "HH:MM[:SS]" on the incident date. Without an offset the meeting's zone applies, exactly across DST changes.
 */
export function parseTimestampText(text: string, context: ImportContext): TimestampResult {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: 'is empty' };
  const dateTime = DATE_TIME_PATTERN.exec(trimmed);
  const dateText = dateTime ? (dateTime[1] ?? '') : context.anchorDate;
  const clockText = dateTime ? (dateTime[2] ?? '') : CLOCK_ONLY_PATTERN.test(trimmed) ? trimmed : null;
  if (clockText === null) {
    return { ok: false, message: `"${trimmed.slice(0, 40)}" is not a time (use HH:MM, YYYY-MM-DD HH:MM or ISO 8601)` };
  }
  const date = parseDateText(dateText);
  if (!date.ok) return { ok: false, message: date.message };
  const clock = parseClockText(clockText);
  if (!clock.ok) return { ok: false, message: clock.message };
  const fields = { ...date.value, hour: clock.value.hour, minute: clock.value.minute, second: clock.value.second };
  const fraction = dateTime?.[3] ? Math.floor(Number(`0.${dateTime[3]}`) * 1000) : 0;
  const zone = dateTime?.[4];
  const offset = zone === undefined ? null : offsetMinutes(zone);
  if (typeof offset === 'string') return { ok: false, message: offset };
  const wall = Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute, fields.second);
  const occurredAt = (offset === null ? instantOf(fields, context.timeZone) : wall - offset * 60_000) + fraction;
  if (occurredAt < 0) return { ok: false, message: 'must not be before 1970' };
  return { ok: true, occurredAt, precision: clock.value.precision };
}
