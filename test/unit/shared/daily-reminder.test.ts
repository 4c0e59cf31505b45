import { describe, expect, it } from 'vitest';
import { reminderText, reminderToShow } from '../../../src/shared/reminders/daily-reminder.ts';
import type { OverdueItem, OverdueReview, ReminderState } from '../../../src/shared/reminders/overdue.ts';

const ANA = { id: 'p1', name: 'Ana Lima', email: '', jiraUser: '', githubLogin: '', createdAt: 1, updatedAt: 1 };
const item = (title: string): OverdueItem => ({ id: title, meetingId: 'm1', title, dueOn: '2026-12-01', review: 'INC-7 Outage' });
const review: OverdueReview = { meetingId: 'm2', review: 'INC-8 Queue backlog', overdue: ['review', 'write_up'] };
const state = (fields: Partial<ReminderState>): ReminderState => ({ me: ANA, asked: true, lastShownOn: null, overdueItems: [], overdueReviews: [], ...fields });

/** Issue 15: one notification a day when items the user owns, or reviews they run, are overdue. */
describe('the daily reminder', () => {
  it.each([
    ['nobody said who they are', state({ me: null, overdueItems: [item('A')] }), '2026-12-06', false],
    ['nothing is overdue', state({}), '2026-12-06', false],
    ['one was shown today', state({ lastShownOn: '2026-12-06', overdueItems: [item('A')] }), '2026-12-06', false],
    ['the last one was yesterday', state({ lastShownOn: '2026-12-05', overdueItems: [item('A')] }), '2026-12-06', true],
    ['none was ever shown', state({ overdueReviews: [review] }), '2026-12-06', true],
  ])('when %s: shown %s', (_case, reminder, today, shown) => {
    expect(reminderToShow(reminder, today) !== null).toBe(shown);
  });

  it('counts items and reviews in the title and names the first three in the body', () => {
    const text = reminderText({ overdueItems: [item('A'), item('B'), item('C')], overdueReviews: [review] });
    expect(text).toEqual({
      title: 'Overdue: 3 action items and 1 review',
      body: ['A (due 2026-12-01, INC-7 Outage)', 'B (due 2026-12-01, INC-7 Outage)', 'C (due 2026-12-01, INC-7 Outage)', 'and 1 more'].join('\n'),
    });
    expect(reminderText({ overdueItems: [], overdueReviews: [review] })).toEqual({
      title: 'Overdue: 1 review',
      body: 'INC-8 Queue backlog: review meeting and write-up overdue',
    });
  });
});
