import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startDailyReminders } from '../../../src/main/electron/daily-reminder.ts';
import type { CallResponse } from '../../../src/shared/api/wire.ts';
import type { ReminderState } from '../../../src/shared/reminders/overdue.ts';

const electron = vi.hoisted(() => ({
  supported: true,
  shown: [] as Array<{ title: string; body: string }>,
  clicks: [] as Array<() => void>,
}));
vi.mock('electron', () => ({
  Notification: class {
    static isSupported = () => electron.supported;
    private readonly options: { title: string; body: string };
    constructor(options: { title: string; body: string }) {
      this.options = options;
    }
    on(event: string, listener: () => void) {
      if (event === 'click') electron.clicks.push(listener);
      return this;
    }
    show() {
      electron.shown.push(this.options);
    }
  },
}));

const ANA = { id: 'p1', name: 'Ana Lima', email: '', jiraUser: '', githubLogin: '', createdAt: 1, updatedAt: 1 };
const OVERDUE: ReminderState = {
  me: ANA,
  asked: true,
  lastShownOn: null,
  overdueItems: [{ id: 'a1', meetingId: 'm1', title: 'Add the alert', dueOn: '2026-12-01', review: 'INC-7 Checkout outage' }],
  overdueReviews: [],
};

/** A stand-in for dispatch() over a database that remembers the day shown. */
function fakeService(state: ReminderState) {
  let stored = { ...state };
  const calls: Array<[string, unknown]> = [];
  const dispatch = vi.fn((method: string, input: unknown): CallResponse => {
    calls.push([method, input]);
    if (method === 'reminders.markShown') stored = { ...stored, lastShownOn: (input as { on: string }).on };
    return { ok: true, result: stored };
  });
  return { dispatch, calls };
}

describe('the desktop app’s daily reminder (Electron mocked)', () => {
  let now = Date.parse('2026-12-06T08:00:00Z');
  const started: Array<{ stop(): void }> = [];
  const start = (service: ReturnType<typeof fakeService>, onClick?: () => void) => {
    const reminders = startDailyReminders({ dispatch: service.dispatch, now: () => now, timeZone: () => 'Europe/Berlin', everyMs: 1000, onClick });
    started.push(reminders);
    return reminders;
  };
  beforeEach(() => {
    vi.useFakeTimers();
    now = Date.parse('2026-12-06T08:00:00Z');
    electron.supported = true;
    electron.shown.length = 0;
    electron.clicks.length = 0;
  });
  afterEach(() => {
    for (const reminders of started.splice(0)) reminders.stop();
    vi.useRealTimers();
  });

  it('shows one native notification at start when something is overdue, and records the day', () => {
    const service = fakeService(OVERDUE);
    const onClick = vi.fn();
    start(service, onClick);
    expect(electron.shown).toEqual([{ title: 'Overdue: 1 action item', body: 'Add the alert (due 2026-12-01, INC-7 Checkout outage)' }]);
    expect(service.calls).toEqual([
      ['reminders.get', { today: '2026-12-06', now }],
      ['reminders.markShown', { on: '2026-12-06' }],
    ]);
    electron.clicks[0]?.();
    expect(onClick).toHaveBeenCalledOnce();
  });

  it('shows no second one the same day, and one more the next day (in the user’s time zone)', () => {
    const service = fakeService(OVERDUE);
    start(service);
    vi.advanceTimersByTime(5000);
    expect(electron.shown).toHaveLength(1);
    // 23:30 UTC is already the 7th in Berlin.
    now = Date.parse('2026-12-06T23:30:00Z');
    vi.advanceTimersByTime(1000);
    expect(electron.shown).toHaveLength(2);
    expect(service.calls.at(-1)).toEqual(['reminders.markShown', { on: '2026-12-07' }]);
  });

  it('shows nothing when nothing is overdue, when nobody said who they are, or when notifications are unsupported', () => {
    start(fakeService({ ...OVERDUE, overdueItems: [] }));
    start(fakeService({ ...OVERDUE, me: null }));
    electron.supported = false;
    const unsupported = fakeService(OVERDUE);
    start(unsupported);
    expect(electron.shown).toEqual([]);
    expect(unsupported.calls).toEqual([]);
  });

  it('shows nothing when the database cannot be read', () => {
    const dispatch = vi.fn((): CallResponse => ({ ok: false, error: { code: 'damaged', message: 'damaged' } }));
    startDailyReminders({ dispatch, now: () => now }).stop();
    expect(electron.shown).toEqual([]);
    expect(dispatch).toHaveBeenCalledOnce();
  });
});
