import { beforeEach, describe, expect, it } from 'vitest';
import { actionRows } from '../../../src/renderer/stores/action-rows.ts';
import { createActionsStore } from '../../../src/renderer/stores/actions-store.ts';
import { actionItemChecks } from '../../../src/shared/actions/checks.ts';
import { fakeActionsApi, settle } from './fake-actions-api.ts';

const MEETING = '11111111-1111-4111-8111-111111111111';

/** One window's store; several windows share the fake service and hear each other's changes. */
function windowOver(api: ReturnType<typeof fakeActionsApi>) {
  const [, store] = createActionsStore(api.newClient());
  const rows = () => actionRows(store.getState());
  const checks = () => actionItemChecks({ actions: rows().map((row) => row.item), whys: [], dismissed: store.getState().dismissedChecks });
  return { store, rows, checks };
}

describe('the action-items store', () => {
  let api: ReturnType<typeof fakeActionsApi>;
  beforeEach(() => {
    api = fakeActionsApi();
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
    expect([...api.items.values()].map((item) => item.title)).toEqual(['Runbook for failover']);
    expect(api.calls.filter((method) => method === 'actions.update')).toEqual([]);
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
    console.store.getState().undoRemove();
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

  it('keeps the author of a note-taker\'s item through delete and undo in the console', async () => {
    const console = windowOver(api);
    await console.store.getState().open(MEETING);
    // A note-taker's add, as the join server stores it: their session name as author.
    await api.newClient().call('actions.add', { meetingId: MEETING, title: 'Add a canary stage', author: 'Priya' });
    await settle();
    const item = console.rows()[0]!.item;
    expect(item.author).toBe('Priya');
    await console.store.getState().remove(item.id);
    console.store.getState().undoRemove();
    expect(console.rows().map((row) => [row.item.id, row.item.author])).toEqual([[item.id, 'Priya']]);
    await settle();
    expect(api.items.get(item.id)?.author).toBe('Priya');
  });
});
