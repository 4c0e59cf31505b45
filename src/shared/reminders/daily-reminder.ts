import type { ReminderState } from './overdue.ts';

/** What one reminder says: a short title and a body of a few lines. */
export interface ReminderText {
  title: string;
  body: string;
}

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

/** At most this many things are named in the body; the rest are counted. */
const NAMED = 3;

/** The reminder's words for what is overdue, or null when nothing is. The desktop notification and the banner share it. */
export function reminderText(state: Pick<ReminderState, 'overdueItems' | 'overdueReviews'>): ReminderText | null {
  const items = state.overdueItems.length;
  const reviews = state.overdueReviews.length;
  if (items === 0 && reviews === 0) return null;
  const parts = [...(items > 0 ? [plural(items, 'action item', 'action items')] : []), ...(reviews > 0 ? [plural(reviews, 'review', 'reviews')] : [])];
  const title = `Overdue: ${parts.join(' and ')}`;
  const lines = [
    ...state.overdueItems.map((item) => `${item.title} (due ${item.dueOn}, ${item.review})`),
    ...state.overdueReviews.map(
      (review) => `${review.review}: ${review.overdue.map((kind) => (kind === 'write_up' ? 'write-up' : 'review meeting')).join(' and ')} overdue`,
    ),
  ];
  const shown = lines.slice(0, NAMED);
  if (lines.length > NAMED) shown.push(`and ${lines.length - NAMED} more`);
  return { title, body: shown.join('\n') };
}

/**
 * Whether to show the day's reminder, and what it says: only once the user has said who they are, only when
 * something of theirs is overdue, and at most once per calendar day (`today`, 'YYYY-MM-DD' in their time zone).
 */
export function reminderToShow(state: ReminderState, today: string): ReminderText | null {
  if (state.me === null) return null;
  if (state.lastShownOn !== null && state.lastShownOn >= today) return null;
  return reminderText(state);
}
