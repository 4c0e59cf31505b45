import { z } from 'zod';
import type { TrackerExportInput } from '../actions/tracker-export/types.ts';
import type { ExportedReview } from '../actions/tracker-export/types.ts';
import { ACTION_PRIORITIES, ACTION_STATUSES, type ActionItem, type ActionStatus } from '../domain/actions.ts';
import { EFFECTIVENESS_OUTCOMES, type EffectivenessResult } from '../domain/effectiveness.ts';
import { DEFAULT_STALE_DAYS } from '../actions/followup-rules.ts';
import { ACTION_OWNER_MAX } from './actions.ts';
import { calendarDate, id, optionalText, requiredText } from './fields.ts';
import { SERVICE_NAME_MAX } from './meetings.ts';
import { returns, type MethodDeclarations } from './method.ts';

/**
 * The ledger's sortable columns, in the order the view shows them. A sortable column added later is one more name
 * here, one more ORDER BY expression in src/main/db/repositories/followups.ts (with its index, as migration 013 has
 * them), and one more cell in views/followups/ledger-columns.tsx. The effectiveness result is shown and filtered but
 * not sorted: sorting by it would need an index over a join.
 */
export const FOLLOWUP_COLUMNS = ['title', 'review', 'owner', 'dueOn', 'priority', 'horizon', 'category', 'status', 'age', 'lastChange'] as const;
export type FollowupColumn = (typeof FOLLOWUP_COLUMNS)[number];

/**
 * The effectiveness filter: checked (a 30-day check recorded a result for the item, whether or not it said if it
 * worked), not checked, or one outcome.
 */
export const EFFECTIVENESS_FILTERS = ['checked', 'not_checked', ...EFFECTIVENESS_OUTCOMES] as const;
export type EffectivenessFilter = (typeof EFFECTIVENESS_FILTERS)[number];

export const FOLLOWUP_PAGE_MAX = 1_000;
export const STALE_DAYS_MAX = 3_650;

const statuses = z.array(z.enum(ACTION_STATUSES, { message: `must be one of ${ACTION_STATUSES.join(', ')}` })).max(ACTION_STATUSES.length);

/** Which items the ledger shows; every filter left out lets everything through, and filters combine with AND. */
export const followupFilter = z.strictObject({
  /** One owner, ignoring case; an empty name picks the items nobody owns yet. */
  owner: optionalText(ACTION_OWNER_MAX).optional(),
  /** Any of these statuses. */
  status: statuses.optional(),
  priority: z
    .array(z.enum(ACTION_PRIORITIES, { message: 'must be P0, P1 or P2' }))
    .max(ACTION_PRIORITIES.length)
    .optional(),
  overdue: z.boolean().optional(),
  dueThisWeek: z.boolean().optional(),
  stale: z.boolean().optional(),
  /** The review (meeting) the items come from. */
  meetingId: id.optional(),
  /** A service the review named as affected, ignoring case. */
  service: requiredText(SERVICE_NAME_MAX).optional(),
  /** A contributing factor (its id) the review carries, on the review itself or on one of its whys or findings (issue 16). */
  factor: id.optional(),
  /** What the effectiveness review recorded, if anything. */
  effectiveness: z.enum(EFFECTIVENESS_FILTERS, { message: `must be one of ${EFFECTIVENESS_FILTERS.join(', ')}` }).optional(),
});
export type FollowupFilter = z.input<typeof followupFilter>;

/** What "today" and "stale" mean for one reading; both default to the service's clock and the 30 days of the issue. */
const readingOptions = {
  /** Today in the user's time zone ('YYYY-MM-DD'); the service's local date when left out. */
  today: calendarDate.optional(),
  staleDays: z
    .number({ message: 'must be a number of days' })
    .int({ message: 'must be a whole number of days' })
    .min(1, { message: 'must be at least 1 day' })
    .max(STALE_DAYS_MAX, { message: `must be at most ${STALE_DAYS_MAX} days` })
    .default(DEFAULT_STALE_DAYS),
};

export const followupSort = z.strictObject({
  column: z.enum(FOLLOWUP_COLUMNS, { message: `must be one of ${FOLLOWUP_COLUMNS.join(', ')}` }),
  direction: z.enum(['asc', 'desc'], { message: 'must be asc or desc' }),
});
export type FollowupSort = z.infer<typeof followupSort>;

export const listFollowupsInput = z.strictObject({
  filter: followupFilter.default({}),
  sort: followupSort.default({ column: 'dueOn', direction: 'asc' }),
  offset: z.number({ message: 'must be a row number' }).int({ message: 'must be a whole number' }).min(0, { message: 'must not be negative' }).default(0),
  limit: z
    .number({ message: 'must be a number of rows' })
    .int({ message: 'must be a whole number' })
    .min(1, { message: 'must be at least 1' })
    .max(FOLLOWUP_PAGE_MAX, { message: `must be at most ${FOLLOWUP_PAGE_MAX.toLocaleString('en-US')}` })
    .default(200),
  ...readingOptions,
});

export const followupStatusesInput = z.strictObject({ filter: followupFilter.default({}), ...readingOptions });
export const followupOwnersInput = z.strictObject(readingOptions);

/** One ledger row: the item, its review (as a tracker export names it), what it addresses, and its computed states. */
export interface FollowupRow {
  item: ActionItem;
  review: ExportedReview;
  /** The text of the root cause or finding the item is linked to, if any (what a tracker export's description says). */
  addresses: string | null;
  /** What the effectiveness review recorded about the item; null until one checks it. */
  effectiveness: EffectivenessResult | null;
  /** Whole days since the item was created. */
  ageDays: number;
  overdue: boolean;
  stale: boolean;
}

/** One page of the ledger, in the order asked for, and how many items the filter matches in all. */
export interface FollowupPage {
  rows: FollowupRow[];
  total: number;
  offset: number;
  /** The date "overdue" and "due this week" were read against. */
  today: string;
}

/** How many items one owner has in each state; `owner` is empty for the items nobody owns yet. */
export interface OwnerCounts {
  owner: string;
  /** Whether the people directory has the owner (always true for nobody); exports map only those to a tracker. */
  inDirectory: boolean;
  /** Open or in progress. */
  open: number;
  overdue: number;
  stale: number;
  done: number;
}

/** Every item the filter matches, as id and status only: for "select all matching" and for undoing a bulk change. */
export interface FollowupStatus {
  id: string;
  status: ActionStatus;
}

/** A page's rows as the tracker writers take them (src/shared/actions/tracker-export/), for exporting the filtered ledger. */
export function followupExportInput(rows: readonly FollowupRow[]): TrackerExportInput {
  const reviews = new Map<string, ExportedReview>();
  for (const row of rows) if (!reviews.has(row.review.id)) reviews.set(row.review.id, row.review);
  return { actions: rows.map(({ item, review, addresses }) => ({ item, review, addresses })), reviews: [...reviews.values()] };
}

const everyMeeting = { access: 'refused', because: 'a note-taker sees only the meeting they joined' } as const;

/**
 * The follow-ups ledger (issue 15): every action item of every review. Status changes, one or many, go through
 * actions.applyStatuses; the ledger itself only reads.
 */
export const followupMethods = {
  /** One page of the items the filter matches, sorted, with the number matched. */
  'followups.list': { input: listFollowupsInput, result: returns<FollowupPage>(), resend: 'read', noteTaker: everyMeeting },
  /** The id and status of every item the filter matches, in no particular order. */
  'followups.statuses': { input: followupStatusesInput, result: returns<FollowupStatus[]>(), resend: 'read', noteTaker: everyMeeting },
  /** Per-owner counts over the whole ledger: most overdue first, then most open, then by name. */
  'followups.owners': { input: followupOwnersInput, result: returns<OwnerCounts[]>(), resend: 'read', noteTaker: everyMeeting },
} as const satisfies MethodDeclarations;
