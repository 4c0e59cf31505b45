import { beforeEach, describe, expect, it } from 'vitest';
import type { Meeting } from '../../../src/shared/domain/meeting.ts';
import { actionRows } from '../../../src/renderer/stores/actions/action-rows.ts';
import { createActionsStore } from '../../../src/renderer/stores/actions/actions-store.ts';
import { createUndoStack } from '../../../src/renderer/stores/undo-stack.ts';
import { actionItemChecks } from '../../../src/shared/actions/checks.ts';
import { clientsOver, settle, useServiceOnTempFile } from '../../harness/index.ts';

/** One window's store with its undo stack; several windows share the real service and hear each other's changes. */
function windowOver(api: ReturnType<typeof clientsOver>) {
  const [, undo] = createUndoStack();
  const [, store] = createActionsStore(api.newClient(), undo);
  const rows = () => actionRows(store.getState());
  const checks = () => actionItemChecks({ actions: rows().map((row) => row.item), whys: [], dismissed: store.getState().dismissedChecks });
  return { store, undo, rows, checks };
}

describe('the action-items store over the real service', () => {
  const fixture = useServiceOnTempFile();
  let api: ReturnType<typeof clientsOver>;
  let MEETING: string;
  const storedTitles = () => api.call('actions.list', { meetingId: MEETING }).map((item) => item.title);
  beforeEach(() => {
    api = clientsOver(fixture.service);
    MEETING = (api.call('meetings.create', { title: 'Checkout outage' }) as Meeting).id;
  });

  it('shows an add at once, saves it, and a second window sees it with the same checks', async () => {
    const console = windowOver(api);
    const room = windowOver(api);
    await console.store.getState().open(MEETING);
    await room.store.getState().open(MEETING);

    const added = console.store.getState().add({ title: 'Alert on queue depth' });
    expect(added.ok).toBe(true);
    expect(console.rows().map((row) => [row.item.title, row.status.state])).toEqual([['Alert on queue depth', 'saving']]);
    expect(console.checks().map((finding) => finding.kind)).toEqual(['missing_owner', 'missing_due_date']);
    await settle();
    expect(console.rows().map((row) => row.status.state)).toEqual(['saved']);
    expect(room.rows().map((row) => row.item.title)).toEqual(['Alert on queue depth']);

    const id = console.rows()[0]!.item.id;
    const pending = console.store.getState().update(id, { owner: '@alice', dueOn: '2026-12-15' });
    expect(console.checks()).toEqual([]);
    expect((await pending).ok).toBe(true);
    await settle();
    expect(room.checks()).toEqual([]);
  });

  it('refuses a bad field before sending, naming it, and sends nothing', async () => {
    const window = windowOver(api);
    await window.store.getState().open(MEETING);
    const result = window.store.getState().add({ title: 'x', dueOn: 'next friday' });
    expect(result).toEqual({ ok: false, error: { field: 'dueOn', message: 'must be a date as YYYY-MM-DD' } });
    const id = (window.store.getState().add({ title: 'Runbook for failover' }) as { ok: true; value: string }).value;
    await settle();
    const refused = await window.store.getState().update(id, { title: '  ' });
    expect(refused).toMatchObject({ ok: false, error: { field: 'title' } });
    expect(storedTitles()).toEqual(['Runbook for failover']);
    expect(api.callsTo('actions.update')).toEqual([]);
  });

  it('delete then undo puts the item back in its place with the same id; clearing a check reaches every window', async () => {
    const console = windowOver(api);
    const room = windowOver(api);
    await console.store.getState().open(MEETING);
    await room.store.getState().open(MEETING);
    for (const title of ['One', 'Two', 'Three']) console.store.getState().add({ title, owner: '@bob', dueOn: '2026-12-01' });
    await settle();
    const second = console.rows()[1]!.item;
    await console.store.getState().remove(second.id);
    expect(console.rows().map((row) => row.item.title)).toEqual(['One', 'Three']);
    expect(console.undo.getState().deletions.map(({ verb, text }) => [verb, text])).toEqual([['Deleted', 'Two']]);
    console.undo.getState().undoLast();
    await settle();
    expect(console.rows().map((row) => row.item.id)[1]).toBe(second.id);
    expect(room.rows().map((row) => row.item.title)).toEqual(['One', 'Two', 'Three']);

    await console.store.getState().move(second.id, 0);
    await settle();
    expect(room.rows().map((row) => row.item.title)).toEqual(['Two', 'One', 'Three']);

    await console.store.getState().update(second.id, { owner: '' });
    const [finding] = console.checks();
    expect(finding).toMatchObject({ kind: 'missing_owner', dismissed: false });
    await console.store.getState().dismissCheck(finding!.key);
    await settle();
    expect(room.checks()).toEqual([expect.objectContaining({ key: finding!.key, dismissed: true })]);
    await room.store.getState().restoreCheck(finding!.key);
    await settle();
    expect(console.checks()).toEqual([expect.objectContaining({ key: finding!.key, dismissed: false })]);
  });

  it("keeps the author of a note-taker's item through delete and undo in the console", async () => {
    const console = windowOver(api);
    await console.store.getState().open(MEETING);
    // A note-taker's add, as the join server stores it: their session name as author.
    api.call('actions.add', { meetingId: MEETING, title: 'Add a canary stage', author: 'Priya' });
    await settle();
    const item = console.rows()[0]!.item;
    expect(item.author).toBe('Priya');
    await console.store.getState().remove(item.id);
    console.undo.getState().undoLast();
    expect(console.rows().map((row) => [row.item.id, row.item.author])).toEqual([[item.id, 'Priya']]);
    await settle();
    expect(api.call('actions.list', { meetingId: MEETING }).map((stored) => [stored.id, stored.author])).toEqual([[item.id, 'Priya']]);
  });
});
