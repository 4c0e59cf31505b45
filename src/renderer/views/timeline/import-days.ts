import { calendarDateAt } from '../../../shared/time/zoned-time.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "1 Feb" from "2017-02-01"; the year too when it differs from the other date's, as in "31 Dec 2016". */
export function shortDayText(date: string, otherDate: string): string {
  const [year, month, day] = date.split('-');
  const text = `${Number(day)} ${MONTHS[Number(month) - 1] ?? month}`;
  return year === otherDate.slice(0, 4) ? text : `${text} ${year}`;
}

export interface PreviewDay {
  /** YYYY-MM-DD in the meeting's zone. */
  date: string;
  /** "31 Jan → 1 Feb" on the first row of a new day, so a midnight the import crossed shows; null otherwise. */
  change: string | null;
}

/** The date each previewed event falls on in the zone, and where the day moves on from the row before. */
export function previewDays(events: readonly { occurredAt: number }[], timeZone: string): PreviewDay[] {
  let before: string | null = null;
  return events.map((event) => {
    const date = calendarDateAt(event.occurredAt, timeZone);
    const change = before !== null && before !== date ? `${shortDayText(before, date)} → ${shortDayText(date, before)}` : null;
    before = date;
    return { date, change };
  });
}
