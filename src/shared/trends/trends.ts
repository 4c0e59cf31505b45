import { isOverdue } from '../actions/followup-rules.ts';
import type { ActionStatus } from '../domain/actions.ts';
import { SEVERITIES, type Severity } from '../domain/meeting.ts';
import type { TimelinePhase } from '../domain/timeline.ts';
import { timelineMetrics } from '../timeline/metrics.ts';
import { calendarDateAt } from '../time/zoned-time.ts';

/**
 * Trends across every review (issue 16, "the library learns across incidents"): pure functions from the rows the
 * repository reads (src/main/db/repositories/trends.ts) to the figures the Trends view and the CLI's `trends` show.
 *
 * A review's month is the month of its incident start in the review's own time zone, or of the day the review was
 * created when the incident start is not set; every figure is grouped by that month.
 */

/** The response times shown over time, as the report measures them (src/shared/timeline/metrics.ts). */
export const TREND_METRICS = ['timeToDetect', 'timeToMitigate', 'timeToResolve'] as const;
export type TrendMetric = (typeof TREND_METRICS)[number];

/** A review's severity, or `unset` when none was chosen. */
export const SEVERITY_KEYS = [...SEVERITIES, 'unset'] as const;
export type SeverityKey = (typeof SEVERITY_KEYS)[number];

export const CAUSE_KINDS = ['service', 'factor'] as const;
export type CauseKind = (typeof CAUSE_KINDS)[number];

/** What the trends need of one review. */
export interface TrendReview {
  id: string;
  title: string;
  incidentId: string;
  severity: Severity | null;
  timeZone: string;
  incidentStartedAt: number | null;
  incidentEndedAt: number | null;
  createdAt: number;
  /** The earliest event of each phase the response times are measured by (trigger, detection, mitigation, resolution). */
  firstEvents: ReadonlyArray<{ phase: TimelinePhase; occurredAt: number }>;
}

export interface TrendActionItem {
  meetingId: string;
  status: ActionStatus;
  dueOn: string | null;
}

/** A cause a review names: an affected service, or a contributing factor from the tags taxonomy. */
export interface CauseRow {
  meetingId: string;
  kind: CauseKind;
  name: string;
}

export interface TrendRows {
  reviews: readonly TrendReview[];
  actionItems: readonly TrendActionItem[];
  causes: readonly CauseRow[];
}

export interface TrendOptions {
  /** First month shown ('YYYY-MM'), inclusive; every month when left out. */
  from?: string | undefined;
  /** Last month shown ('YYYY-MM'), inclusive. */
  until?: string | undefined;
  /** Today ('YYYY-MM-DD') in the user's time zone, for "overdue". */
  today: string;
}

export interface MonthReviews {
  month: string;
  total: number;
  bySeverity: Record<SeverityKey, number>;
}

export interface MetricSummary {
  /** The median of the reviews measured that month, in ms; null when none was. */
  medianMs: number | null;
  measured: number;
}

export interface MonthResponseTimes {
  month: string;
  metrics: Record<TrendMetric, MetricSummary>;
}

/** A review left out of one response time, and why (as the report words it). */
export interface LeftOutReview {
  id: string;
  title: string;
  incidentId: string;
  month: string;
  reason: string;
}

export interface RecurringCause {
  kind: CauseKind;
  /** The spelling most of its reviews used (on a tie, the first in code-point order). */
  name: string;
  reviewCount: number;
  /** The months of its reviews, oldest first, each once. */
  months: string[];
}

export interface MonthFollowThrough {
  month: string;
  /** Action items of the month's reviews. */
  items: number;
  done: number;
  cancelled: number;
  /** Open or in progress. */
  unfinished: number;
  /** Unfinished with a due date before today. */
  overdue: number;
  /** done / (items − cancelled), between 0 and 1; null when no item counts. */
  completionRate: number | null;
}

export interface Trends {
  from: string | null;
  until: string | null;
  today: string;
  /** Reviews in the period. */
  reviewCount: number;
  /** Every month from the period's first review to its last, empty months included. */
  months: string[];
  reviews: MonthReviews[];
  responseTimes: MonthResponseTimes[];
  /** Per response time, the reviews it could not be measured for. */
  leftOut: Record<TrendMetric, LeftOutReview[]>;
  /** Services and contributing factors named by two or more reviews of the period: most reviews first. */
  causes: RecurringCause[];
  followThrough: MonthFollowThrough[];
}

/** A review's month ('YYYY-MM'): its incident start's, else its creation's, on its own time zone's calendar. */
export function reviewMonth(review: Pick<TrendReview, 'incidentStartedAt' | 'createdAt' | 'timeZone'>): string {
  return calendarDateAt(review.incidentStartedAt ?? review.createdAt, review.timeZone).slice(0, 7);
}

/** Every month from `first` to `last` ('YYYY-MM'), both included. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let year = Number(first.slice(0, 4));
  let month = Number(first.slice(5, 7));
  for (;;) {
    const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
    if (text > last) return months;
    months.push(text);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}

/** The middle value, or the mean of the two middle values, of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}

/** Two names of one cause: the same letters ignoring case, in any script. */
export const causeKey = (name: string): string => name.trim().normalize('NFC').toLocaleLowerCase('en-US');

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function emptySeverities(): Record<SeverityKey, number> {
  return Object.fromEntries(SEVERITY_KEYS.map((key) => [key, 0])) as Record<SeverityKey, number>;
}

function recurringCauses(causes: readonly CauseRow[], monthOf: ReadonlyMap<string, string>): RecurringCause[] {
  const groups = new Map<string, { kind: CauseKind; reviews: Set<string>; spellings: Map<string, Set<string>> }>();
  for (const cause of causes) {
    if (!monthOf.has(cause.meetingId)) continue;
    const key = `${cause.kind}\u0000${causeKey(cause.name)}`;
    const group = groups.get(key) ?? { kind: cause.kind, reviews: new Set<string>(), spellings: new Map<string, Set<string>>() };
    groups.set(key, group);
    group.reviews.add(cause.meetingId);
    const spelling = cause.name.trim();
    const users = group.spellings.get(spelling) ?? new Set<string>();
    group.spellings.set(spelling, users);
    users.add(cause.meetingId);
  }
  const recurring: RecurringCause[] = [];
  for (const group of groups.values()) {
    if (group.reviews.size < 2) continue;
    const [name] = [...group.spellings].sort((a, b) => b[1].size - a[1].size || byCodePoint(a[0], b[0]))[0] ?? [''];
    const months = [...new Set([...group.reviews].map((id) => monthOf.get(id) ?? ''))].sort();
    recurring.push({ kind: group.kind, name, reviewCount: group.reviews.size, months });
  }
  return recurring.sort(
    (a, b) => b.reviewCount - a.reviewCount || CAUSE_KINDS.indexOf(a.kind) - CAUSE_KINDS.indexOf(b.kind) || byCodePoint(causeKey(a.name), causeKey(b.name)),
  );
}

/** Every figure of the Trends view for the reviews whose month lies in the period. */
export function computeTrends(rows: TrendRows, options: TrendOptions): Trends {
  const from = options.from ?? null;
  const until = options.until ?? null;
  const monthOf = new Map<string, string>();
  const reviews = rows.reviews.filter((review) => {
    const month = reviewMonth(review);
    if ((from !== null && month < from) || (until !== null && month > until)) return false;
    monthOf.set(review.id, month);
    return true;
  });
  const present = [...new Set(monthOf.values())].sort();
  const first = present[0];
  const last = present[present.length - 1];
  const months = first !== undefined && last !== undefined ? monthsBetween(first, last) : [];

  const reviewsByMonth = new Map(months.map((month) => [month, { month, total: 0, bySeverity: emptySeverities() }]));
  const durations = new Map(
    months.map((month) => [month, Object.fromEntries(TREND_METRICS.map((key) => [key, [] as number[]])) as Record<TrendMetric, number[]>]),
  );
  const leftOut = Object.fromEntries(TREND_METRICS.map((key) => [key, [] as LeftOutReview[]])) as Record<TrendMetric, LeftOutReview[]>;

  for (const review of reviews) {
    const month = monthOf.get(review.id) ?? '';
    const counts = reviewsByMonth.get(month);
    if (counts) {
      counts.total += 1;
      counts.bySeverity[review.severity ?? 'unset'] += 1;
    }
    const metrics = timelineMetrics(review.firstEvents, review);
    for (const key of TREND_METRICS) {
      const metric = metrics[key];
      if (metric.known) durations.get(month)?.[key].push(metric.ms);
      else leftOut[key].push({ id: review.id, title: review.title, incidentId: review.incidentId, month, reason: metric.reason });
    }
  }

  const followThrough = new Map(
    months.map((month) => [month, { month, items: 0, done: 0, cancelled: 0, unfinished: 0, overdue: 0, completionRate: null as number | null }]),
  );
  for (const item of rows.actionItems) {
    const month = monthOf.get(item.meetingId);
    const counts = month === undefined ? undefined : followThrough.get(month);
    if (!counts) continue;
    counts.items += 1;
    if (item.status === 'done') counts.done += 1;
    else if (item.status === 'cancelled') counts.cancelled += 1;
    else counts.unfinished += 1;
    if (isOverdue(item, options.today)) counts.overdue += 1;
  }
  for (const counts of followThrough.values()) {
    const counted = counts.items - counts.cancelled;
    counts.completionRate = counted > 0 ? counts.done / counted : null;
  }

  return {
    from,
    until,
    today: options.today,
    reviewCount: reviews.length,
    months,
    reviews: [...reviewsByMonth.values()],
    responseTimes: months.map((month) => {
      const lists = durations.get(month);
      return {
        month,
        metrics: Object.fromEntries(
          TREND_METRICS.map((key) => {
            const values = lists?.[key] ?? [];
            return [key, { medianMs: values.length > 0 ? median(values) : null, measured: values.length }];
          }),
        ) as Record<TrendMetric, MetricSummary>,
      };
    }),
    leftOut,
    causes: recurringCauses(rows.causes, monthOf),
    followThrough: [...followThrough.values()],
  };
}
