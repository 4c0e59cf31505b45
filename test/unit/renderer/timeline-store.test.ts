import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../src/shared/api/errors.ts';
import type { Meeting } from '../../../src/shared/domain/meeting.ts';
import { createTimelineStore } from '../../../src/renderer/stores/timeline/timeline-store.ts';
import { timelineRows } from '../../../src/renderer/stores/timeline/timeline-rows.ts';
import { createUndoStack } from '../../../src/renderer/stores/undo-stack.ts';
import { clientsOver, settle, useServiceOnTempFile } from '../../harness/index.ts';

const at = (clock: string) => Date.parse(`2026-02-03T${clock}Z`);

describe('timeline store over the real service', () => {
  const fixture = useServiceOnTempFile();

  async function openTimeline() {
    const api = clientsOver(fixture.service);
    const meeting = api.call('meetings.create', { title: 'Checkout outage' }) as Meeting;
    const other = api.call('meetings.create', { title: 'Search outage' }) as Meeting;
    const [, undo] = createUndoStack();
    const [, store] = createTimelineStore(api.client, undo);
    await store.getState().open(meeting.id);
    const rows = () => timelineRows(store.getState());
    const add = (clock: string, description: string, actor = '') => store.getState().add({ occurredAt: at(clock), precision: 'minute', description, actor });
    const stored = () => api.call('timeline.list', { meetingId: meeting.id });
    const addElsewhere = (clock: string, description: string, meetingId = meeting.id) =>
      api.call('timeline.add', { meetingId, occurredAt: at(clock), precision: 'minute', description, actor: '' });
    return { api, store, undo, rows, add, stored, addElsewhere, meeting, other };
  }

  it('shows an added event at once as saving, then as saved, in time order', async () => {
    const { store, rows, add, stored } = await openTimeline();
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
    expect(stored().map((event) => event.description)).toEqual(['Deploy started', 'On-call paged']);
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
    const { api, store, rows, add, stored } = await openTimeline();
    api.failNext('timeline.add', new ApiError('internal', 'Something went wrong while saving; nothing was changed.'));
    const added = add('14:00', 'Deploy started');
    await settle();
    expect(rows()[0]?.status).toMatchObject({ state: 'error', canRetry: true });

    store.getState().retry(rows()[0]!.event.id);
    await settle();
    expect(rows()[0]?.status.state).toBe('saved');
    const sentIds = api.callsTo('timeline.add').map((input) => (input as { id: string }).id);
    expect(sentIds).toEqual([added.ok ? added.value : '', added.ok ? added.value : '']);
    expect(stored()).toHaveLength(1);
  });

  it('after a reconnect reads the whole timeline again only when its meeting was not caught up change by change', async () => {
    const { api, meeting, other } = await openTimeline();
    const reads = () => api.callsTo('timeline.list').length;
    const before = reads();
    api.resync(new Set([meeting.id]));
    await settle();
    expect(reads()).toBe(before);
    api.resync(new Set([other.id]));
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

  it('deletes an event onto the undo stack, and undo brings back the same event with the same id', async () => {
    const { store, undo, rows, add, stored } = await openTimeline();
    add('14:00', 'Deploy started', 'CI/CD');
    add('14:05', 'Errors rose', 'Monitoring');
    await settle();
    const deleted = rows()[0]!.event;

    await store.getState().remove(deleted.id);
    expect(rows().map((row) => row.event.description)).toEqual(['Errors rose']);
    expect(undo.getState().deletions.map(({ verb, text }) => [verb, text])).toEqual([['Deleted', 'Deploy started']]);

    undo.getState().undoLast();
    expect(undo.getState().deletions).toEqual([]);
    await settle();
    expect(rows().map((row) => [row.event.id, row.event.description, row.event.actor])).toEqual([
      [deleted.id, 'Deploy started', 'CI/CD'],
      [rows()[1]!.event.id, 'Errors rose', 'Monitoring'],
    ]);
    expect(stored().find((event) => event.id === deleted.id)?.occurredAt).toBe(deleted.occurredAt);
  });

  it('hides an event while its delete is on the way and shows it again if the delete fails', async () => {
    const { api, store, undo, rows, add } = await openTimeline();
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
    expect(undo.getState().deletions).toEqual([]);
  });

  it('reads only the event another window added, not its own adds, and ignores other meetings', async () => {
    const { api, rows, add, addElsewhere, other } = await openTimeline();
    const lists = api.callsTo('timeline.list').length;
    add('14:05', 'Error rate rose');
    await settle();
    expect(api.callsTo('timeline.get')).toHaveLength(0);

    addElsewhere('13:00', 'Another meeting', other.id);
    await settle();
    expect(api.callsTo('timeline.get')).toHaveLength(0);

    const elsewhere = addElsewhere('14:00', 'Deploy started');
    await settle();
    expect(api.callsTo('timeline.get')).toEqual([{ id: elsewhere.id }]);
    expect(api.callsTo('timeline.list')).toHaveLength(lists);
    expect(rows().map((row) => row.event.description)).toEqual(['Deploy started', 'Error rate rose']);

    api.call('timeline.delete', { id: elsewhere.id });
    await settle();
    expect(rows().map((row) => row.event.description)).toEqual(['Error rate rose']);
  });

  it('applies a burst of change events by reading only the changed events, never the whole timeline', async () => {
    const { api, addElsewhere } = await openTimeline();
    const listsBefore = api.callsTo('timeline.list').length;
    for (let index = 0; index < 5; index += 1) addElsewhere(`14:0${index}`, `Event ${index}`);
    await settle();
    expect(api.callsTo('timeline.list').length - listsBefore).toBe(0);
    expect(api.callsTo('timeline.get')).toHaveLength(5);
  });

  it('reads the whole timeline once after an import', async () => {
    const { api, rows, meeting } = await openTimeline();
    const listsBefore = api.callsTo('timeline.list').length;
    api.call('timeline.importStart', { meetingId: meeting.id, id: '7d5c1f1e-1b2a-4c3d-8e4f-5a6b7c8d9e0f' });
    api.call('timeline.import', {
      importId: '7d5c1f1e-1b2a-4c3d-8e4f-5a6b7c8d9e0f',
      events: [
        { occurredAt: at('14:00'), precision: 'minute', description: 'Deploy started', actor: '', phase: 'trigger', source: 'csv_import' },
        { occurredAt: at('14:05'), precision: 'minute', description: 'Errors rose', actor: '', phase: 'detection', source: 'csv_import' },
      ],
    });
    api.call('timeline.importFinish', { id: '7d5c1f1e-1b2a-4c3d-8e4f-5a6b7c8d9e0f' });
    await settle();
    expect(api.callsTo('timeline.list')).toHaveLength(listsBefore + 1);
    expect(rows().map((row) => row.event.description)).toEqual(['Deploy started', 'Errors rose']);
  });

  it('never shows a fetch that answers after the window moved to another meeting', async () => {
    const { api, store, add, other } = await openTimeline();
    add('14:00', 'In the first meeting');
    await settle();
    const release = api.hold('timeline.list');
    api.resync();
    await settle(2);
    const opening = store.getState().open(other.id);
    const seen: number[] = [];
    const unsubscribe = store.subscribe((state) => seen.push(state.items.length));
    release();
    await opening;
    unsubscribe();
    expect(store.getState().meetingId).toBe(other.id);
    expect(seen.every((count) => count === 0)).toBe(true);
  });
});
