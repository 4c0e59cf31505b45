import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { actionFactLines, reviewName } from './action-text.ts';
import type { ExportedAction, ExportedReview, TrackerExport, TrackerExportInput } from './types.ts';

export const CALENDAR_PRODUCT_ID = '-//Debrief//Action items//EN';

/** Stable UIDs from ids, so importing a newer file updates the events instead of doubling them. */
export const actionEventUid = (actionId: string): string => `debrief-action-${actionId}@debrief`;
export const followUpEventUid = (meetingId: string): string => `debrief-follow-up-${meetingId}@debrief`;

/** 'YYYY-MM-DD' as the day and the next day: an all-day event ends, exclusive, on the following date (RFC 5545). */
function allDay(date: string): { start: DateArray; end: DateArray } {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  return { start: [year, month, day], end: [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()] };
}

/** The package reads `timestamp` (DTSTAMP, else the time of writing) though its typings leave it out; a fixed one keeps the file the same for the same items. */
type StampedEvent = EventAttributes & { timestamp: number };

function actionEvent(action: ExportedAction, dueOn: string): StampedEvent {
  return {
    ...allDay(dueOn),
    uid: actionEventUid(action.item.id),
    title: `Due: ${action.item.title}`,
    description: actionFactLines(action).join('\n'),
    timestamp: action.item.updatedAt,
    productId: CALENDAR_PRODUCT_ID,
  };
}

function followUpEvent(review: ExportedReview, date: string): StampedEvent {
  return {
    ...allDay(date),
    uid: followUpEventUid(review.id),
    title: `Follow-up review: ${reviewName(review)}`,
    description: `Effectiveness review of the action items of ${reviewName(review)}.`,
    timestamp: review.updatedAt,
    productId: CALENDAR_PRODUCT_ID,
  };
}

/** An iCalendar file: an all-day event on each item's due date and on each review's follow-up review date. */
export function writeCalendarIcs(input: TrackerExportInput): TrackerExport {
  const warnings: string[] = [];
  const events: EventAttributes[] = [];
  for (const review of input.reviews) if (review.followUpReviewOn !== null) events.push(followUpEvent(review, review.followUpReviewOn));
  for (const action of input.actions) if (action.item.dueOn !== null) events.push(actionEvent(action, action.item.dueOn));
  const undated = input.actions.filter((action) => action.item.dueOn === null && action.item.status !== 'done' && action.item.status !== 'cancelled');
  if (undated.length > 0) warnings.push(`${undated.length} open item${undated.length === 1 ? ' has' : 's have'} no due date and no event`);
  const { error, value } = createEvents(events, { productId: CALENDAR_PRODUCT_ID });
  if (error || value === null) throw new Error(`cannot write the calendar: ${error?.message ?? 'no output'}`);
  return { text: value, warnings };
}
