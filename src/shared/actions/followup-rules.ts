import type { ActionStatus } from '../domain/actions.ts';
import { calendarDateAt } from '../time/zoned-time.ts';

/**
 * The follow-ups ledger's computed states (issue 15, "The follow-ups ledger"), as pure functions of an item and
 * "today". The ledger's SQL filters (src/main/db/repositories/followups.ts) use the same bounds these return, so a
 * row's flags and the filters that pick it never disagree.
 */

export const DAY_MS = 24 * 60 * 60 * 1000;

/** "Stale: open with no change for 30 days (the number can be set)." */
export const DEFAULT_STALE_DAYS = 30;

/** Statuses that still need work: what "not done" means for overdue, and "open" for stale. */
export const UNFINISHED_STATUSES: readonly ActionStatus[] = ['open', 'in_progress'];

export const isUnfinished = (status: ActionStatus): boolean => UNFINISHED_STATUSES.includes(status);

/** Today's date ('YYYY-MM-DD') on the wall calendar of the user's time zone. */
export const todayIn = (now: number, timeZone: string): string => calendarDateAt(now, timeZone);

/** Overdue: the due date has passed (it is before today) and the item is neither done nor cancelled. */
export function isOverdue(item: { dueOn: string | null; status: ActionStatus }, today: string): boolean {
  return item.dueOn !== null && item.dueOn < today && isUnfinished(item.status);
}

/** The last change at or before which an unfinished item counts as stale: `staleDays` whole days before now. */
export const staleCutoff = (now: number, staleDays: number): number => now - staleDays * DAY_MS;

/** Stale: open or in progress, and nothing about it changed for `staleDays` days or more. */
export function isStale(item: { updatedAt: number; status: ActionStatus }, now: number, staleDays: number = DEFAULT_STALE_DAYS): boolean {
  return isUnfinished(item.status) && item.updatedAt <= staleCutoff(now, staleDays);
}

const dateOnly = (date: string) => new Date(`${date}T00:00:00Z`);
const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** The week that holds `today`, Monday to Sunday (ISO 8601 weeks), as first and last dates. */
export function weekOf(today: string): { first: string; last: string } {
  const day = dateOnly(today);
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  const first = new Date(day.getTime() - sinceMonday * DAY_MS);
  return { first: isoDate(first), last: isoDate(new Date(first.getTime() + 6 * DAY_MS)) };
}

/** Due this week: still to do, with a due date from this week's Monday to its Sunday (overdue days of the week too). */
export function isDueThisWeek(item: { dueOn: string | null; status: ActionStatus }, today: string): boolean {
  if (item.dueOn === null || !isUnfinished(item.status)) return false;
  const { first, last } = weekOf(today);
  return item.dueOn >= first && item.dueOn <= last;
}

/** Whole days since the item was created (0 on its first day). */
export const ageInDays = (createdAt: number, now: number): number => Math.max(0, Math.floor((now - createdAt) / DAY_MS));
