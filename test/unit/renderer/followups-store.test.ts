import { describe, expect, it } from 'vitest';
import type { ActionItem } from '../../../src/shared/domain/actions.ts';
import type { Meeting } from '../../../src/shared/domain/meeting.ts';
import { createFollowupsStore, LEDGER_PAGE_SIZE } from '../../../src/renderer/stores/followups/followups-store.ts';
import { createUndoStack } from '../../../src/renderer/stores/undo-stack.ts';
import { clientsOver, settle, useServiceOnTempFile } from '../../harness/index.ts';

describe('the follow-ups ledger store over the real service', () => {
  const fixture = useServiceOnTempFile();
  function setup(items = 3) {
    const api = clientsOver(fixture.service);
    const meeting = api.call('meetings.create', { title: 'Checkout outage', incidentId: 'INC-9' }) as Meeting;
    const added: ActionItem[] = [];
    for (let index = 0; index < items; index += 1) {
      added.push(api.call('actions.add', { meetingId: meeting.id, title: `Item ${index}`, owner: index % 2 === 0 ? 'Ana' : 'Bo', dueOn: '2020-01-01' }));
    }
    const [, undo] = createUndoStack();
    const [, store] = createFollowupsStore(api.client, undo);
    return { api, store, undo, meeting, added };
  }

  it('reads the first page, then the pages the list scrolls to, and each only once', async () => {
    const { api, store } = setup(LEDGER_PAGE_SIZE * 2 + 5);
    const close = store.getState().open();
    await settle();
    expect(store.getState().total).toBe(LEDGER_PAGE_SIZE * 2 + 5);
    expect(Object.keys(store.getState().rows)).toHaveLength(LEDGER_PAGE_SIZE);
    store.getState().ensureRange(LEDGER_PAGE_SIZE * 2 - 3, LEDGER_PAGE_SIZE * 2 + 2);
    store.getState().ensureRange(LEDGER_PAGE_SIZE * 2, LEDGER_PAGE_SIZE * 2 + 4);
    await settle();
    expect(Object.keys(store.getState().rows)).toHaveLength(LEDGER_PAGE_SIZE * 2 + 5);
    expect(api.callsTo('followups.list').map((call) => (call as { offset: number }).offset)).toEqual([0, LEDGER_PAGE_SIZE, LEDGER_PAGE_SIZE * 2]);
    close();
  });

  it('changes the ticked statuses through actions.applyStatuses, hears it, and undo puts them back', async () => {
    const { api, store, undo, added } = setup(3);
    const close = store.getState().open();
    await settle();
    store.getState().setFilter({ owner: 'ana' });
    await settle();
    expect(store.getState().total).toBe(2);
    await store.getState().selectAllMatching();
    expect(Object.keys(store.getState().selected).sort()).toEqual([added[0]?.id, added[2]?.id].sort());
    expect(await store.getState().applyStatus('done')).toEqual({ ok: true, message: 'Set 2 items to Done.' });
    expect(api.callsTo('actions.applyStatuses')).toHaveLength(1);
    await settle();
    expect(Object.values(store.getState().rows).map((row) => row.item.status)).toEqual(['done', 'done']);
    expect(store.getState().selected).toEqual({});

    undo.getState().undoLast();
    await settle();
    expect((api.call('actions.list', { meetingId: added[0]?.meetingId ?? '' }) as ActionItem[]).map((item) => item.status)).toEqual(['open', 'open', 'open']);
    close();
  });

  it('reads again when another window changes an item', async () => {
    const { api, store, added } = setup(2);
    const close = store.getState().open();
    await settle();
    api.call('actions.update', { id: added[1]?.id ?? '', patch: { status: 'in_progress' } });
    await settle();
    expect(Object.values(store.getState().rows).map((row) => row.item.status)).toEqual(['open', 'in_progress']);
    close();
  });
});
