import { z } from 'zod';
import { isBlankText } from '../text/blank-text.ts';

/** Reusable field schemas, so every method validates the same kind of value the same way. */
export const id = z.uuid({ message: 'must be an id (UUID)' });

/**
 * SQLite's text functions stop at U+0000 and no report format can carry it, so no text field takes it. Refused rather
 * than dropped: a NUL in typed text means something other than a person typed it.
 */
const NUL_MESSAGE = 'must not contain the NUL character (U+0000); remove it and try again';

const textWithoutNul = () => z.string().refine((text) => !text.includes('\u0000'), { message: NUL_MESSAGE, abort: true });

/**
 * Text a person must type: trimmed, and refused as empty when nothing visible is left (only whitespace, controls,
 * zero-width or bidi characters; see blank-text.ts), since such text vanishes from every report.
 */
export const requiredText = (max: number, tooLong = `must be at most ${max} characters`) =>
  textWithoutNul()
    .trim()
    .refine((text) => !isBlankText(text), { message: 'must not be empty', abort: true })
    .max(max, { message: tooLong });

/** Text a person may leave empty: trimmed, and stored as empty when nothing visible is left, like spaces alone. */
export const optionalText = (max: number) =>
  textWithoutNul()
    .trim()
    .overwrite((text) => (isBlankText(text) ? '' : text))
    .max(max, { message: `must be at most ${max} characters` });

/**
 * Text typed as it is being typed, such as a search: not trimmed (a trailing space says the last word is finished),
 * and empty when nothing visible is in it.
 */
export const typedText = (max: number) =>
  textWithoutNul()
    .overwrite((text) => (isBlankText(text) ? '' : text))
    .max(max, { message: `must be at most ${max} characters` });

/** UTC epoch milliseconds between the years 1970 and 9999. */
export const epochMs = z
  .number({ message: 'must be a time in milliseconds since 1970 (UTC)' })
  .int({ message: 'must be a whole number of milliseconds' })
  .min(0, { message: 'must not be before 1970' })
  .max(253402300799999, { message: 'must not be after the year 9999' });

export const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date as YYYY-MM-DD' })
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), {
    message: 'must be a real calendar date',
  });

/**
 * Zones Intl has accepted: building a formatter to check one costs about 0.1 ms, which reading 2,000 archives paid 2,000
 * times for a handful of zones. Bounded, since typed text reaches it.
 */
const acceptedTimeZones = new Set<string>();
const ACCEPTED_TIME_ZONES_MAX = 1_000;

export const timeZone = z.string().refine(
  (value) => {
    if (acceptedTimeZones.has(value)) return true;
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: value });
    } catch {
      return false;
    }
    if (acceptedTimeZones.size < ACCEPTED_TIME_ZONES_MAX) acceptedTimeZones.add(value);
    return true;
  },
  { message: 'must be an IANA time zone such as UTC or Europe/Berlin' },
);
