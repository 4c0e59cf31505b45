import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../src/shared/api/errors.ts';
import { createTimelineStore } from '../../../src/renderer/stores/timeline-store.ts';
import { timelineRows } from '../../../src/renderer/stores/timeline-rows.ts';
import { fakeApi, settle } from './fake-api.ts';

const MEETING = '11111111-1111-4111-8111-111111111111';
const OTHER_MEETING = '22222222-2222-4222-8222-222222222222';
const at = (clock: string) => Date.parse(`2026-02-03T${clock}Z`);

async function openTimeline() {
  const api = fakeApi();
  api.addMeeting({ id: MEETING });
  api.addMeeting({ id: OTHER_MEETING });
  const [, store] = createTimelineStore(api.client);
  await store.getState().open(MEETING);
  const rows = () => timelineRows(store.getState());
  const add = (clock: string, description: string, actor = '') =>
    store.getState().add({ occurredAt: at(clock), precision: 'minute', description, actor });
  return { api, store, rows, add };
}

describe('timeline store', () => {
  it('shows an added event at once as saving, then as saved, in time order', async () => {
    const { store, rows, add } = await openTimeline();
    add('14:07', 'On-call paged');
    add('14:00', 'Deploy started');
    expect(rows().map((row) => [row.event.description, row.status.state])).toEqual([
      ['Deploy started', 'saving'],
      ['On-call paged', 'saving'],
    ]);
    await settle();
    expect(rows().map((row) => [row.event.description, row.status.state])).toEqual([
      ['Deploy started', 'saved'],
      ['On-call paged', 'saved'],
    ]);
    expect(store.getState().drafts).toEqual({});
  });

  it.each([
    ['an empty description', { description: '   ' }, 'description'],
    ['a time before 1970', { occurredAt: -1 }, 'time'],
    ['an actor that is too long', { actor: 'x'.repeat(201) }, 'actor'],
  ])('refuses %s before sending, naming the field', async (_name, change, field) => {
    const { api, store } = await openTimeline();
    const result = store.getState().add({ occurredAt: at('14:00'), precision: 'minute', description: 'Deploy', actor: '', ...change });
    expect(result).toMatchObject({ ok: false, error: { field } });
    expect(api.callsTo('timeline.add')).toEqual([]);
  });

  it('keeps a refused add on screen with its error, and a retry sends the same id', async () => {
    const { api, store, rows, add } = await openTimeline();
    api.failNext('timeline.add', new ApiError('internal', 'Something went wrong while saving; nothing was changed.'));
    const added = add('14:00', 'Deploy started');
    await settle();
    expect(rows()[0]?.status).toMatchObject({ state: 'error', canRetry: true });

    store.getState().retry(rows()[0]!.event.id);
    await settle();
    expect(rows()[0]?.status.state).toBe('saved');
    const sentIds = api.callsTo('timeline.add').map((input) => (input as { id: string }).id);
    expect(sentIds).toEqual([added.ok ? added.value : '', added.ok ? added.value : '']);
    expect(api.events.size).toBe(1);
  });

  it('after a reconnect reads the whole timeline again only when its meeting was not caught up change by change', async () => {
    const { api } = await openTimeline();
    const reads = () => api.callsTo('timeline.list').length;
    const before = reads();
    api.resync(new Set([MEETING]));
    await settle();
    expect(reads()).toBe(before);
    api.resync(new Set([OTHER_MEETING]));
    await settle();
    expect(reads()).toBe(before + 1);
    api.resync();
    await settle();
    expect(reads()).toBe(before + 2);
  });

  it('updates an event and reports a refused field without the "patch." prefix', async () => {
    const { api, store, rows, add } = await openTimeline();
    add('14:00', 'Deploy started');
    await settle();
    const id = rows()[0]!.event.id;

    await expect(store.getState().update(id, { description: 'Deploy of v2.31 started' })).resolves.toEqual({ ok: true, value: undefined });
    expect(rows()[0]?.event.description).toBe('Deploy of v2.31 started');

    api.failNext('timeline.update', new ApiError('invalid_input', 'patch.actor: must be at most 200 characters', 'patch.actor'));
    const refused = await store.getState().update(id, { actor: 'CI' });
    expect(refused).toEqual({ ok: false, error: { field: 'actor', message: 'must be at most 200 characters' } });
    expect(rows()[0]?.status.state).toBe('error');
    store.getState().dismissError(id);
    expect(rows()[0]?.status.state).toBe('saved');
  });

  it('deletes an event, offers undo, and undo brings back the same event with the same id', async () => {
    const { api, store, rows, add } = await openTimeline();
    add('14:00', 'Deploy started', 'CI/CD');
    add('14:05', 'Errors rose', 'Monitoring');
    await settle();
    const deleted = rows()[0]!.event;

    await store.getState().remove(deleted.id);
    expect(rows().map((row) => row.event.description)).toEqual(['Errors rose']);
    expect(store.getState().lastDeleted?.id).toBe(deleted.id);

    store.getState().undoRemove();
    expect(store.getState().lastDeleted).toBeNull();
    await settle();
    expect(rows().map((row) => [row.event.id, row.event.description, row.event.actor])).toEqual([
      [deleted.id, 'Deploy started', 'CI/CD'],
      [rows()[1]!.event.id, 'Errors rose', 'Monitoring'],
    ]);
    expect(api.events.get(deleted.id)?.occurredAt).toBe(deleted.occurredAt);
  });

  it('hides an event while its delete is on the way and shows it again if the delete fails', async () => {
    const { api, store, rows, add } = await openTimeline();
    add('14:00', 'Deploy started');
    await settle();
    const id = rows()[0]!.event.id;
    const release = api.hold('timeline.delete');
    api.failNext('timeline.delete', new Error('disk full'));
    const removing = store.getState().remove(id);
    await settle(2);
    expect(rows()).toEqual([]);
    release();
    await removing;
    expect(rows()[0]?.status).toMatchObject({ state: 'error', message: 'Not deleted: disk full' });
    expect(store.getState().lastDeleted).toBeNull();
  });

  it('refetches when another window changes this meeting, and ignores other meetings', async () => {
    const { api, rows } = await openTimeline();
    api.events.set('elsewhere', {
      id: 'elsewhere', meetingId: MEETING, occurredAt: at('13:58'), precision: 'minute', description: 'Alert fired',
      actor: '', phase: 'detection', source: 'manual', author: '', createdAt: 1, updatedAt: 1,
    });
    const listsBefore = api.callsTo('timeline.list').length;
    api.changedElsewhere({ meetingId: OTHER_MEETING, entity: 'timeline_event', entityId: 'x', op: 'created' });
    await settle();
    expect(api.callsTo('timeline.list')).toHaveLength(listsBefore);

    api.changedElsewhere({ meetingId: MEETING, entity: 'timeline_event', entityId: 'elsewhere', op: 'created' });
    await settle();
    expect(rows().map((row) => row.event.description)).toEqual(['Alert fired']);
  });

  it('applies a burst of change events by reading only the changed events, never the whole timeline', async () => {
    const { api } = await openTimeline();
    const listsBefore = api.callsTo('timeline.list').length;
    for (let index = 0; index < 5; index += 1) {
      api.changedElsewhere({ meetingId: MEETING, entity: 'timeline_event', entityId: `e${index}`, op: 'updated' });
    }
    await settle();
    expect(api.callsTo('timeline.list').length - listsBefore).toBe(0);
    expect(api.callsTo('timeline.get')).toHaveLength(5);
  });

  it('refetches after a reconnect', async () => {
    const { api } = await openTimeline();
    const listsBefore = api.callsTo('timeline.list').length;
    api.resync();
    await settle();
    expect(api.callsTo('timeline.list')).toHaveLength(listsBefore + 1);
  });

  it('never shows a fetch that answers after the window moved to another meeting', async () => {
    const { api, store, add } = await openTimeline();
    add('14:00', 'In the first meeting');
    await settle();
    const release = api.hold('timeline.list');
    api.changedElsewhere({ meetingId: MEETING, entity: 'timeline_event', entityId: 'x', op: 'updated' });
    await settle(2);
    const opening = store.getState().open(OTHER_MEETING);
    const seen: number[] = [];
    const unsubscribe = store.subscribe((state) => seen.push(state.events.length));
    release();
    await opening;
    unsubscribe();
    expect(store.getState().meetingId).toBe(OTHER_MEETING);
    expect(seen.every((count) => count === 0)).toBe(true);
  });
});
