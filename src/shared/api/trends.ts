import { z } from 'zod';
import type { Trends } from '../trends/trends.ts';
import { calendarDate } from './fields.ts';
import { returns, type MethodDeclarations } from './method.ts';

/** A calendar month, 'YYYY-MM'. */
export const calendarMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'must be a month as YYYY-MM' });

export const trendsInput = z
  .strictObject({
    /** The first month shown, inclusive; from the first review when left out. */
    from: calendarMonth.optional(),
    /** The last month shown, inclusive; to the last review when left out. */
    until: calendarMonth.optional(),
    /** Today in the user's time zone ('YYYY-MM-DD'), for "overdue"; the service's local date when left out. */
    today: calendarDate.optional(),
  })
  .refine((input) => input.from === undefined || input.until === undefined || input.from <= input.until, {
    message: 'must not be before the first month',
    path: ['until'],
  });

/**
 * Trends across every review (issue 16): reviews per month by severity, response times, recurring causes and the
 * follow-through of action items. One read; the figures are computed by src/shared/trends/trends.ts.
 */
export const trendMethods = {
  'trends.get': {
    input: trendsInput,
    result: returns<Trends>(),
    resend: 'read',
    noteTaker: { access: 'refused', because: 'a note-taker sees only the meeting they joined' },
  },
} as const satisfies MethodDeclarations;
