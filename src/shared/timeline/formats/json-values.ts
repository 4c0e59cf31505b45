import type { ImportContext } from '../import-result.ts';
import { parseTimestampText, type TimestampResult } from '../timestamp-text.ts';
import { isJsonRecord } from './json-path.ts';

/** The last millisecond the API stores (31 December 9999, UTC). */
const LATEST_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

const EPOCH_TEXT = /^-?\d+(?:\.\d+)?$/;
// nginx's $time_local and Apache's %t: 20/Nov/2026:14:05:09 +0100
const COMMON_LOG_TIME = /^\[?(\d{2})\/([A-Za-z]{3})\/(\d{4}):(\d{2}:\d{2}:\d{2})\s+([+-]\d{2})(\d{2})\]?$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** How a value that is not what a field should hold is named in a rejection. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (isJsonRecord(value)) return 'an object';
  if (typeof value === 'string') return `"${value.slice(0, 40)}"`;
  return String(value);
}

/** Whole seconds below this are seconds (the year 5138); then milliseconds, microseconds, nanoseconds. */
const SECONDS_BELOW = 1e11;
const MILLISECONDS_BELOW = 1e14;
const MICROSECONDS_BELOW = 1e17;

function checkedMs(occurredAt: number, written: string): TimestampResult {
  if (!Number.isFinite(occurredAt)) return { ok: false, message: `${written} is not a time` };
  if (occurredAt < 0) return { ok: false, message: `${written} is before 1970` };
  if (occurredAt > LATEST_MS) return { ok: false, message: `${written} is after the year 9999` };
  return { ok: true, occurredAt, precision: 'second' };
}

/**
 * Epoch time told apart by its magnitude, as logs write it: seconds (klog's `ts`, Python's `created`, pino with
 * epochTime) are below 1e11 (the year 5138), milliseconds (pino, JavaScript) below 1e14, microseconds (journald's
 * __REALTIME_TIMESTAMP) below 1e17, nanoseconds (Go, OpenTelemetry) above. Fractions are cut to the millisecond.
 */
export function epochToMs(value: number): TimestampResult {
  const size = Math.abs(value);
  // 1795219081.002 * 1000 is 1795219081001.9998 in binary floating point: round to the microsecond before cutting.
  if (size < SECONDS_BELOW) return checkedMs(Math.floor(Math.round(value * 1e6) / 1000), String(value));
  if (size < MILLISECONDS_BELOW) return checkedMs(Math.floor(value), String(value));
  if (size < MICROSECONDS_BELOW) return checkedMs(Math.floor(value / 1000), String(value));
  // Beyond 2^53 a number is off by up to a few hundred nanoseconds: round to the microsecond here too.
  return checkedMs(Math.floor(Math.round(value / 1000) / 1000), String(value));
}

/** Epoch time written as digits (journald's "1795219081250000"), read digit by digit so no precision is lost. */
function epochTextToMs(text: string): TimestampResult {
  if (text.startsWith('-')) return { ok: false, message: `${text} is before 1970` };
  const [whole = '', fraction = ''] = text.split('.');
  const digits = whole.replace(/^0+(?=\d)/, '');
  const size = Number(digits);
  if (size < SECONDS_BELOW) return checkedMs(size * 1000 + Math.floor(Number(`0.${fraction}`) * 1000), text);
  if (size < MILLISECONDS_BELOW) return checkedMs(size, text);
  if (size < MICROSECONDS_BELOW) return checkedMs(Number(digits.slice(0, -3)), text);
  return checkedMs(Number(digits.slice(0, -6)), text);
}

/** "20/Nov/2026:14:05:09 +0100" as "2026-11-20 14:05:09 +01:00", or null when it is not that shape. */
function commonLogTime(text: string): string | null {
  const match = COMMON_LOG_TIME.exec(text);
  if (!match) return null;
  const month = MONTHS.indexOf((match[2] ?? '').toLowerCase()) + 1;
  if (month === 0) return null;
  return `${match[3] ?? ''}-${String(month).padStart(2, '0')}-${match[1] ?? ''} ${match[4] ?? ''} ${match[5] ?? ''}:${match[6] ?? ''}`;
}

/**
 * A log record's time: a number or a string of digits is epoch time (see epochToMs); text is ISO 8601, "YYYY-MM-DD
 * HH:MM[:SS]" or the common log format, read in the meeting's zone when it has no offset.
 */
export function timeFromJson(value: unknown, context: ImportContext): TimestampResult {
  if (typeof value === 'number') return epochToMs(value);
  if (typeof value !== 'string') return { ok: false, message: `is ${describeValue(value)}, not a time` };
  const text = value.trim();
  if (EPOCH_TEXT.test(text)) return epochTextToMs(text);
  return parseTimestampText(commonLogTime(text) ?? text, context);
}

// A date-time with a fraction of a second, split around the fraction as parseTimestampText reads it.
const FRACTION = /^(\s*\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}:\d{2})\.(\d{1,9})(.*)$/i;
const CACHED_TIMES_MAX = 100_000;

/**
 * timeFromJson for one file: text times are parsed once per second (a log writes many lines a second), the
 * fraction then added as parseTimestampText adds it.
 */
export function timeReader(context: ImportContext): (value: unknown) => TimestampResult {
  const bySecond = new Map<string, TimestampResult>();
  return (value) => {
    if (typeof value !== 'string' || EPOCH_TEXT.test(value)) return timeFromJson(value, context);
    const match = FRACTION.exec(value);
    const key = match ? `${match[1] ?? ''}${match[3] ?? ''}` : value;
    let whole = bySecond.get(key);
    if (whole === undefined) {
      if (bySecond.size >= CACHED_TIMES_MAX) bySecond.clear();
      whole = timeFromJson(key, context);
      bySecond.set(key, whole);
    }
    if (!match) return whole;
    // A refusal quotes the text as it was written.
    if (!whole.ok) return timeFromJson(value, context);
    return { ...whole, occurredAt: whole.occurredAt + Math.floor(Number(`0.${match[2] ?? ''}`) * 1000) };
  };
}

export type JsonText = { ok: true; text: string } | { ok: false; message: string };

const utf8 = new TextDecoder('utf-8');

const isByte = (item: unknown): item is number => typeof item === 'number' && Number.isInteger(item) && item >= 0 && item <= 255;

/** journalctl writes a value holding control characters or bytes that are not UTF-8 as the list of its bytes. */
const isByteList = (value: unknown): value is number[] => Array.isArray(value) && value.length > 0 && value.every(isByte);

/**
 * A field's value as text: a string as it is, a number or boolean written out, journalctl's list of bytes decoded as
 * UTF-8 (bytes that are not UTF-8 become U+FFFD), and journalctl's list for a field given several times joined by
 * `separator`. Null (journalctl's "too large to export") and objects are refused with the reason.
 */
export function textFromJson(value: unknown, separator = '\n'): JsonText {
  if (typeof value === 'string') return { ok: true, text: value };
  if (typeof value === 'number' || typeof value === 'boolean') return { ok: true, text: String(value) };
  if (isByteList(value)) return { ok: true, text: utf8.decode(new Uint8Array(value)) };
  if (Array.isArray(value)) {
    const parts: string[] = [];
    for (const item of value) {
      if (item === null) continue;
      const part = textFromJson(item, separator);
      if (!part.ok) return part;
      parts.push(part.text);
    }
    return { ok: true, text: parts.join(separator) };
  }
  if (value === null) return { ok: false, message: 'is null (journalctl writes null for a value larger than its export limit)' };
  return { ok: false, message: `is ${describeValue(value)}, not text; choose a field inside it` };
}

/**
 * Whether a value reads as text (for guessing fields): a non-empty string, journalctl's list of bytes, or its list of
 * the values of a field given several times.
 */
export const looksLikeText = (value: unknown): boolean =>
  (typeof value === 'string' && value.trim() !== '') ||
  isByteList(value) ||
  (Array.isArray(value) && value.length > 0 && value.every((item) => looksLikeText(item)));
