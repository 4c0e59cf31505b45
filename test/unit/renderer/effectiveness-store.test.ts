import { beforeEach, describe, expect, it } from 'vitest';
import { createEffectivenessStore } from '../../../src/renderer/stores/effectiveness/effectiveness-store.ts';
import { createUndoStack } from '../../../src/renderer/stores/undo-stack.ts';
import type { ActionItem } from '../../../src/shared/domain/actions.ts';
import type { Meeting } from '../../../src/shared/domain/meeting.ts';
import { clientsOver, settle, useServiceOnTempFile } from '../../harness/index.ts';

function windowOver(api: ReturnType<typeof clientsOver>) {
  const [, undo] = createUndoStack();
  const [, store] = createEffectivenessStore(api.newClient(), undo);
  const shown = () => store.getState().items.map((item) => [item.actionItem.title, item.actionItem.status, item.result?.outcome ?? null]);
  return { store, shown };
}

describe('the effectiveness store over the real service', () => {
  const fixture = useServiceOnTempFile();
  let api: ReturnType<typeof clientsOver>;
  let review: Meeting;
  let items: ActionItem[];
  beforeEach(() => {
    api = clientsOver(fixture.service);
    review = api.call('meetings.create', { title: 'Ledger outage' }) as Meeting;
    items = ['Alert on lag', 'Runbook for replay'].map((title) => api.call('actions.add', { meetingId: review.id, title }) as ActionItem);
  });

  it('starts the check, finds the review from it, records results, and another window hears them', async () => {
    const console = windowOver(api);
    const started = await console.store.getState().start(review.id);
    expect(started.ok).toBe(true);
    const checkId = started.ok ? started.value.id : '';
    const reviewOf = await console.store.getState().reviewOf(checkId);
    expect(reviewOf).toEqual({ ok: true, value: review.id });

    const other = windowOver(api);
    await console.store.getState().open(review.id);
    await other.store.getState().open(review.id);
    expect(console.store.getState().heldIn).toEqual([checkId]);
    expect(console.shown()).toEqual([
      ['Alert on lag', 'open', null],
      ['Runbook for replay', 'open', null],
    ]);

    expect((await console.store.getState().update(items[0]!.id, { done: true, outcome: 'prevented' })).ok).toBe(true);
    await settle();
    expect(console.shown()[0]).toEqual(['Alert on lag', 'done', 'prevented']);
    expect(other.shown()[0]).toEqual(['Alert on lag', 'done', 'prevented']);
    // A status changed elsewhere (the action list, the ledger) is what "done" shows.
    api.call('actions.update', { id: items[0]!.id, patch: { status: 'in_progress' } });
    await settle();
    expect(other.shown()[0]).toEqual(['Alert on lag', 'in_progress', 'prevented']);
  });

  it('refuses an unknown outcome before sending, naming the field', async () => {
    const console = windowOver(api);
    await console.store.getState().open(review.id);
    const refused = await console.store.getState().update(items[1]!.id, { outcome: 'maybe' as never });
    expect(refused).toMatchObject({ ok: false, error: { field: 'outcome' } });
    expect(api.call('effectiveness.list', {})).toEqual([]);
  });
});
