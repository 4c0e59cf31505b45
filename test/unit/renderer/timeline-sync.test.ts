import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../src/shared/api/errors.ts';
import type { ChangeEvent } from '../../../src/shared/api/events.ts';
import { compareTimelineEvents, type TimelineEvent } from '../../../src/shared/domain/timeline.ts';
import { followItemChanges } from '../../../src/renderer/stores/follow-item-changes.ts';
import { withEvent, withoutEvent } from '../../../src/renderer/stores/timeline/timeline-sync.ts';
import { settle } from '../../harness/index.ts';

const MEETING = 'm1';
const event = (id: string, occurredAt: number, createdAt = occurredAt, description = id): TimelineEvent => ({
  id,
  meetingId: MEETING,
  occurredAt,
  precision: 'minute',
  description,
  actor: '',
  phase: 'other',
  source: 'manual',
  origin: '',
  keyMoment: false,
  author: '',
  createdAt,
  updatedAt: createdAt,
});
const change = (entityId: string, op: ChangeEvent['op']): ChangeEvent => ({ meetingId: MEETING, revision: 1, entity: 'timeline_event', entityId, op });

describe('withEvent / withoutEvent', () => {
  it.each([
    ['at the start', event('x', 5)],
    ['in the middle', event('x', 25)],
    ['after equal times, in typing order', event('x', 20, 99)],
    ['at the end', event('x', 99)],
  ])('puts an event %s, as a full sort would', (_where, added) => {
    const list = [event('a', 10), event('b', 20), event('c', 30)];
    expect(withEvent(list, added)).toEqual([...list, added].sort(compareTimelineEvents));
  });

  it('moves an edited event to its new place and removes one by id', () => {
    const list = [event('a', 10), event('b', 20), event('c', 30)];
    expect(withEvent(list, event('a', 40)).map((e) => e.id)).toEqual(['b', 'c', 'a']);
    expect(withoutEvent(list, 'b').map((e) => e.id)).toEqual(['a', 'c']);
    expect(withoutEvent(list, 'zz')).toBe(list);
  });
});

describe('followItemChanges', () => {
  function harness() {
    const stored = new Map<string, TimelineEvent>();
    const releases: (() => void)[] = [];
    let holding = false;
    let list: TimelineEvent[] = [];
    const log: string[] = [];
    const follow = followItemChanges<TimelineEvent>({
      async fetchOne(id) {
        const found = stored.get(id);
        if (holding) await new Promise<void>((resolve) => releases.push(resolve));
        if (!found) throw new ApiError('not_found', `No timeline event with id ${id}`);
        return found;
      },
      currentMeetingId: () => MEETING,
      put: (_meeting, added) => (list = withEvent(list, added)),
      drop: (_meeting, id) => (list = withoutEvent(list, id)),
      refetchAll: () => log.push('refetch'),
    });
    return { stored, follow, releases, hold: (on: boolean) => (holding = on), list: () => list, log };
  }

  it('reads a created event and puts it in order; a delete drops it without a read', async () => {
    const h = harness();
    h.stored.set('a', event('a', 20));
    h.stored.set('b', event('b', 10));
    await h.follow(change('a', 'created'));
    await h.follow(change('b', 'created'));
    expect(h.list().map((e) => e.id)).toEqual(['b', 'a']);
    await h.follow(change('a', 'deleted'));
    expect(h.list().map((e) => e.id)).toEqual(['b']);
  });

  it('ignores a slow read overtaken by a delete of the same event', async () => {
    const h = harness();
    h.stored.set('a', event('a', 20));
    h.hold(true);
    const reading = h.follow(change('a', 'updated'));
    await h.follow(change('a', 'deleted'));
    h.releases.forEach((release) => release());
    await reading;
    await settle();
    expect(h.list()).toEqual([]);
  });

  it('applies only the later of two overlapping edits', async () => {
    const h = harness();
    h.stored.set('a', event('a', 20, 20, 'first'));
    h.hold(true);
    const first = h.follow(change('a', 'updated'));
    h.stored.set('a', event('a', 20, 20, 'second'));
    const second = h.follow(change('a', 'updated'));
    h.releases.forEach((release) => release());
    await Promise.all([first, second]);
    expect(h.list().map((e) => e.description)).toEqual(['second']);
  });

  it('drops an event that is gone by the time it is read', async () => {
    const h = harness();
    await h.follow(change('ghost', 'created'));
    expect(h.list()).toEqual([]);
    expect(h.log).toEqual([]);
  });
});
