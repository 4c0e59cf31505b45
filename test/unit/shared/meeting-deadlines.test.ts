import { describe, expect, it } from 'vitest';
import { meetingDeadlines, type DeadlineFacts } from '../../../src/shared/meeting/deadlines.ts';

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
