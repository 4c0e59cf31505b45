import type { Severity } from '../domain/meeting.ts';

export interface SeverityRule {
  severity: Severity;
  /** What makes an incident this severe. */
  meaning: string;
  /** Whether a review is expected, in words. */
  review: string;
  /** How long after the incident ends the review is due; null when there is no deadline. */
  reviewWithinMs: number | null;
}

const HOUR_MS = 3_600_000;

/** The severity table of the facilitation guide (seed 002), in our own words. */
export const SEVERITY_RULES: Readonly<Record<Severity, SeverityRule>> = {
  SEV1: {
    severity: 'SEV1',
    meaning: 'Customers could not use the service for more than 30 minutes',
    review: 'Review required within 48 hours',
    reviewWithinMs: 48 * HOUR_MS,
  },
  SEV2: {
    severity: 'SEV2',
    meaning: 'The service was degraded, but a workaround existed',
    review: 'Review required within a week',
    reviewWithinMs: 7 * 24 * HOUR_MS,
  },
  SEV3: {
    severity: 'SEV3',
    meaning: 'Internal teams were affected; customers were not',
    review: 'Review recommended, no deadline',
    reviewWithinMs: null,
  },
  SEV4: {
    severity: 'SEV4',
    meaning: 'A near miss, caught before anyone was affected',
    review: 'Review optional, often still worth it',
    reviewWithinMs: null,
  },
};

export type ReviewDeadline = { due: true; at: number } | { due: false; reason: string };

/** When the review is due: the incident end plus the severity's window, or why there is no date to show. */
export function reviewDeadline(severity: Severity | null, incidentEndedAt: number | null): ReviewDeadline {
  if (severity === null) return { due: false, reason: 'choose a severity to see the review deadline' };
  const rule = SEVERITY_RULES[severity];
  if (rule.reviewWithinMs === null) return { due: false, reason: `${severity} has no review deadline` };
  if (incidentEndedAt === null) return { due: false, reason: 'enter when the incident ended to see the date' };
  return { due: true, at: incidentEndedAt + rule.reviewWithinMs };
}

/** Days after the review at which the guide suggests checking whether the actions worked. */
export const FOLLOW_UP_AFTER_DAYS = 30;

/** YYYY-MM-DD plus `days` calendar days. */
export function addCalendarDays(date: string, days: number): string {
  const at = Date.parse(`${date}T00:00:00Z`);
  return new Date(at + days * 24 * HOUR_MS).toISOString().slice(0, 10);
}

/** The follow-up review the guide suggests: 30 days after the review (or after today's date when not yet reviewed). */
export function suggestedFollowUp(reviewedOn: string | null, today: string): string {
  return addCalendarDays(reviewedOn ?? today, FOLLOW_UP_AFTER_DAYS);
}
