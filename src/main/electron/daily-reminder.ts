import { Notification } from 'electron';
import { REMINDERS_GET, REMINDERS_MARK_SHOWN } from '../../shared/api/reminders.ts';
import type { CallResponse } from '../../shared/api/wire.ts';
import { reminderToShow } from '../../shared/reminders/daily-reminder.ts';
import type { ReminderState } from '../../shared/reminders/overdue.ts';
import { calendarDateAt, localTimeZone } from '../../shared/time/zoned-time.ts';

export interface DailyReminderOptions {
  /** Runs reminders.get and reminders.markShown through dispatch(), as the facilitator. */
  dispatch(method: typeof REMINDERS_GET | typeof REMINDERS_MARK_SHOWN, input: unknown): CallResponse;
  now?: () => number;
  timeZone?: () => string;
  /** How often to look again while the app runs; the day's one reminder waits for the first look of a new day. */
  everyMs?: number;
  /** Brings the app's window forward when the notification is clicked. */
  onClick?: () => void;
}

const HOUR_MS = 3_600_000;

/**
 * Looks once now and then every hour: when something the user owns or facilitates is overdue and no reminder was
 * shown today, shows one native notification and records the day. What to say and whether to say it are decided by
 * src/shared/reminders/daily-reminder.ts; this file only reads, shows and records.
 */
export function startDailyReminders(options: DailyReminderOptions): { check(): boolean; stop(): void } {
  const now = options.now ?? Date.now;
  const timeZone = options.timeZone ?? localTimeZone;

  const check = (): boolean => {
    if (!Notification.isSupported()) return false;
    const at = now();
    const today = calendarDateAt(at, timeZone());
    const read = options.dispatch(REMINDERS_GET, { today, now: at });
    if (!read.ok) return false;
    const text = reminderToShow(read.result as ReminderState, today);
    if (text === null) return false;
    const notification = new Notification({ title: text.title, body: text.body });
    if (options.onClick) notification.on('click', options.onClick);
    notification.show();
    options.dispatch(REMINDERS_MARK_SHOWN, { on: today });
    return true;
  };

  check();
  const timer = setInterval(check, options.everyMs ?? HOUR_MS);
  timer.unref();
  return { check, stop: () => clearInterval(timer) };
}
