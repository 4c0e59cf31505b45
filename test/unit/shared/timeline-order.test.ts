import { describe, expect, it } from 'vitest';
import { compareTimelineEvents, type TimelineEvent } from '../../../src/shared/domain/timeline.ts';

const event = (id: string, occurredAt: number, createdAt: number): TimelineEvent => ({
  id,
  meetingId: 'm',
  occurredAt,
  precision: 'minute',
  description: id,
  actor: '',
  phase: 'other',
  source: 'manual',
  origin: '',
  keyMoment: false,
  author: '',
  createdAt,
  updatedAt: createdAt,
});

describe('compareTimelineEvents', () => {
  it('orders by time, then by the order they were typed, then by id', () => {
    const events = [event('c', 300, 1), event('b', 100, 9), event('a', 100, 5), event('z', 100, 5), event('y', 100, 5)];
    expect(events.sort(compareTimelineEvents).map((e) => e.id)).toEqual(['a', 'y', 'z', 'b', 'c']);
  });
});
