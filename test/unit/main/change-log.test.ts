import { describe, expect, it } from 'vitest';
import type { ChangeEvent } from '../../../src/shared/api/events.ts';
import { createChangeLog } from '../../../src/main/service/change-log.ts';

const change = (revision: number, entityId = `e${revision}`, meetingId = 'm1'): ChangeEvent => ({
  meetingId,
  revision,
  entity: 'timeline_event',
  entityId,
  op: 'created',
});

describe('the change log windows catch up from', () => {
  it('gives every change after a revision, in order, when it holds them all up to the current revision', () => {
    const log = createChangeLog();
    for (let revision = 1; revision <= 5; revision += 1) log.keep(change(revision));
    log.keep(change(3, 'x', 'm2'));
    expect(log.since('m1', 2, 5)?.map((event) => event.revision)).toEqual([3, 4, 5]);
    expect(log.since('m1', 5, 5)).toEqual([]);
  });

  it('cannot vouch when a revision is missing: written by another program, or from before a restart', () => {
    const log = createChangeLog();
    log.keep(change(1));
    log.keep(change(2));
    expect(log.since('m1', 0, 3)).toBeNull();
    expect(log.since('m2', 0, 4)).toBeNull();
    expect(log.since('m2', 4, 4)).toEqual([]);
  });

  it('cannot vouch once the oldest changes were let go, nor for a revision from the future', () => {
    const log = createChangeLog(3);
    for (let revision = 1; revision <= 5; revision += 1) log.keep(change(revision));
    expect(log.since('m1', 1, 5)).toBeNull();
    expect(log.since('m1', 2, 5)?.map((event) => event.revision)).toEqual([3, 4, 5]);
    expect(log.since('m1', 9, 5)).toBeNull();
  });

  it('leaves out who joined (kept outside the database) and changes outside any meeting', () => {
    const log = createChangeLog();
    log.keep(change(1));
    log.keep({ meetingId: 'm1', revision: 1, entity: 'joining', entityId: 'm1', op: 'updated' });
    log.keep({ meetingId: '', revision: 0, entity: 'template', entityId: 't', op: 'deleted' });
    expect(log.since('m1', 0, 1)?.map((event) => event.entity)).toEqual(['timeline_event']);
  });
});
