import { z } from 'zod';
import type { ReminderSettings, ReminderState } from '../reminders/overdue.ts';
import { calendarDate, epochMs, id } from './fields.ts';
import { returns, type MethodDeclarations } from './method.ts';

/** Named here so the desktop app's reminder loop (src/main/electron) calls them without writing the names again. */
export const REMINDERS_GET = 'reminders.get';
export const REMINDERS_MARK_SHOWN = 'reminders.markShown';

/** `today` is the user's calendar date, which only the caller's clock and time zone know; `now` dates the deadlines. */
export const reminderStateInput = z.strictObject({ today: calendarDate, now: epochMs });
export const setMeInput = z.strictObject({ personId: id.nullable() });
export const markShownInput = z.strictObject({ on: calendarDate });

const facilitatorOnly = { access: 'refused', because: 'reminders belong to the person using this laptop' } as const;

export const reminderMethods = {
  /** Who the user is, and the action items they own and the reviews they facilitate that are overdue. */
  [REMINDERS_GET]: { input: reminderStateInput, result: returns<ReminderState>(), resend: 'read', noteTaker: facilitatorOnly },
  /** Answers "who are you?" (null: not now); either way the question is not asked again. */
  'reminders.setMe': { input: setMeInput, result: returns<ReminderSettings>(), resend: 'always', noteTaker: facilitatorOnly },
  /** Remembers the day a reminder was shown, so the next one waits for another day. */
  [REMINDERS_MARK_SHOWN]: { input: markShownInput, result: returns<ReminderSettings>(), resend: 'always', noteTaker: facilitatorOnly },
} as const satisfies MethodDeclarations;
