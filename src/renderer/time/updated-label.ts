import { calendarDateAt, clockTextAt } from '../../shared/time/zoned-time.ts';

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/** "2026-02-03": dates are ISO everywhere in the app, whatever the language of the computer. */
export function shortDate(epochMs: number, timeZone: string): string {
  return calendarDateAt(epochMs, timeZone);
}

/** "2026-02-03 14:05": an instant as every list shows it, 24-hour clock in the given zone. */
export function dateTimeText(epochMs: number, timeZone: string): string {
  return `${calendarDateAt(epochMs, timeZone)} ${clockTextAt(epochMs, timeZone, 'minute')}`;
}

/** How long ago something changed, in the words a list of meetings should use. */
export function updatedLabel(updatedAt: number, now: number, timeZone: string): string {
  const elapsed = now - updatedAt;
  if (elapsed < MINUTE_MS) return 'just now';
  if (elapsed < 60 * MINUTE_MS) return `${Math.floor(elapsed / MINUTE_MS)} min ago`;
  const day = calendarDateAt(updatedAt, timeZone);
  const clock = clockTextAt(updatedAt, timeZone, 'minute');
  if (day === calendarDateAt(now, timeZone)) return `today at ${clock}`;
  if (day === calendarDateAt(now - DAY_MS, timeZone)) return `yesterday at ${clock}`;
  return shortDate(updatedAt, timeZone);
}
