import { z } from 'zod';

/** Reusable field schemas, so every method validates the same kind of value the same way. */
export const id = z.uuid({ message: 'must be an id (UUID)' });

export const requiredText = (max: number) =>
  z.string().trim().min(1, { message: 'must not be empty' }).max(max, { message: `must be at most ${max} characters` });

export const optionalText = (max: number) =>
  z.string().trim().max(max, { message: `must be at most ${max} characters` });

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

export const timeZone = z.string().refine(
  (value) => {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: value });
      return true;
    } catch {
      return false;
    }
  },
  { message: 'must be an IANA time zone such as UTC or Europe/Berlin' },
);
