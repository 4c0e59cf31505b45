import { describe, expect, it } from 'vitest';
import { followUpReview, meetingDeadlines, type DeadlineFacts } from '../../../src/shared/meeting/deadlines.ts';

const HOUR = 3_600_000;
const END = Date.UTC(2017, 1, 1, 18, 14);
const facts = (fields: Partial<DeadlineFacts> = {}): DeadlineFacts => ({
  severity: 'SEV1',
  incidentEndedAt: END,
  meetingStartedAt: null,
  meetingEndedAt: null,
  circulatedAt: null,
  ...fields,
});

describe('the deadlines of a review (issue 15, seed 002)', () => {
  it('puts a SEV1 review 48 hours and a SEV2 review a week after the incident ended', () => {
    expect(meetingDeadlines(facts(), END)).toEqual([{ kind: 'review', at: END + 48 * HOUR, state: 'upcoming' }]);
    expect(meetingDeadlines(facts({ severity: 'SEV2' }), END)[0]?.at).toBe(END + 7 * 24 * HOUR);
  });

  it('is overdue once the window has passed with no meeting held, and met, or met late, once it is', () => {
    expect(meetingDeadlines(facts(), END + 49 * HOUR)[0]?.state).toBe('overdue');
    expect(meetingDeadlines(facts({ meetingStartedAt: END + 30 * HOUR }), END + 49 * HOUR)[0]?.state).toBe('met');
    expect(meetingDeadlines(facts({ meetingStartedAt: END + 50 * HOUR }), END + 51 * HOUR)[0]?.state).toBe('met_late');
  });

  it('has no review deadline for SEV3 and SEV4, or before the incident’s end is known', () => {
    expect(meetingDeadlines(facts({ severity: 'SEV3' }), END)).toEqual([]);
    expect(meetingDeadlines(facts({ incidentEndedAt: null }), END)).toEqual([]);
  });

  it('wants the write-up 24 hours after the meeting, overdue while it is still a draft after that', () => {
    const ended = END + 30 * HOUR;
    const held = facts({ severity: 'SEV3', meetingStartedAt: ended - HOUR, meetingEndedAt: ended });
    expect(meetingDeadlines(held, ended + 23 * HOUR)).toEqual([{ kind: 'write_up', at: ended + 24 * HOUR, state: 'upcoming' }]);
    expect(meetingDeadlines(held, ended + 25 * HOUR)[0]?.state).toBe('overdue');
    expect(meetingDeadlines({ ...held, circulatedAt: ended + 20 * HOUR }, ended + 25 * HOUR)[0]?.state).toBe('met');
  });
});

describe('the effectiveness review on the follow-up date (issue 15)', () => {
  const HELD = Date.UTC(2026, 2, 3, 10, 0);
  it('is not shown before the date, due on it, overdue after it', () => {
    expect(followUpReview('2026-03-02', null, '2026-03-01')).toBeNull();
    expect(followUpReview('2026-03-02', null, '2026-03-02')).toEqual({ on: '2026-03-02', state: 'due', heldAt: null });
    expect(followUpReview('2026-03-02', null, '2026-03-03')).toEqual({ on: '2026-03-02', state: 'overdue', heldAt: null });
    expect(followUpReview(null, null, '2026-03-03')).toBeNull();
  });

  it('is held once a result is recorded, early or late, with or without a date set', () => {
    expect(followUpReview('2026-03-02', HELD, '2026-04-01')).toEqual({ on: '2026-03-02', state: 'held', heldAt: HELD });
    expect(followUpReview('2026-05-02', HELD, '2026-04-01')?.state).toBe('held');
    expect(followUpReview(null, HELD, '2026-04-01')?.state).toBe('held');
  });
});
