import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../src/shared/api/errors.ts';
import type { Meeting } from '../../../src/shared/domain/meeting.ts';
import type { TimelineEvent } from '../../../src/shared/domain/timeline.ts';
import { createTimelineStore } from '../../../src/renderer/stores/timeline/timeline-store.ts';
import { timelineRows } from '../../../src/renderer/stores/timeline/timeline-rows.ts';
import { createUndoStack } from '../../../src/renderer/stores/undo-stack.ts';
import { clientsOver, settle, useServiceOnTempFile } from '../../harness/index.ts';

const at = (clock: string) => Date.parse(`2026-02-03T${clock}Z`);

/** Issue 17: a star (key moment) is an edit of the event, shown at once and stored, or put back when refused. */
describe('timeline store: starring an event as a key moment, over the real service', () => {
  const fixture = useServiceOnTempFile();

  async function openWithEvent() {
    const api = clientsOver(fixture.service);
    const meeting = api.call('meetings.create', { title: 'Checkout outage' }) as Meeting;
    const event = api.call('timeline.add', { meetingId: meeting.id, occurredAt: at('14:00'), description: 'Deploy started' }) as TimelineEvent;
    const [, undo] = createUndoStack();
    const [, store] = createTimelineStore(api.client, undo);
    await store.getState().open(meeting.id);
    const shown = () => timelineRows(store.getState()).map((row) => [row.event.keyMoment, row.status.state]);
    const stored = () => (api.call('timeline.get', { id: event.id }) as TimelineEvent).keyMoment;
    return { api, store, undo, event, shown, stored };
  }

  it('shows the star at once as saving, stores it, and takes it off again the same way', async () => {
    const { store, event, shown, stored } = await openWithEvent();
    const starring = store.getState().update(event.id, { keyMoment: true });
    expect(shown()).toEqual([[true, 'saving']]);
    expect(await starring).toEqual({ ok: true, value: undefined });
    expect(shown()).toEqual([[true, 'saved']]);
    expect(stored()).toBe(true);

    void store.getState().update(event.id, { keyMoment: false });
    expect(shown()).toEqual([[false, 'saving']]);
    await settle();
    expect(shown()).toEqual([[false, 'saved']]);
    expect(stored()).toBe(false);
  });

  it("keeps a star taken off while it travels, when another window's edit of the event is read meanwhile", async () => {
    const { api, store, event, shown, stored } = await openWithEvent();
    await store.getState().update(event.id, { keyMoment: true });
    const release = api.hold('timeline.update');
    const unstarring = store.getState().update(event.id, { keyMoment: false });
    // Another window reworded the event: the read this causes still finds the star stored.
    api.call('timeline.update', { id: event.id, patch: { description: 'Deploy of 4.2 started' } });
    await settle();
    expect(store.getState().items[0]?.description).toBe('Deploy of 4.2 started');
    expect(shown()).toEqual([[false, 'saving']]);
    release();
    await unstarring;
    await settle();
    expect(shown()).toEqual([[false, 'saved']]);
    expect(stored()).toBe(false);
  });

  it('shows the last of quick presses throughout, and stores it', async () => {
    const { api, store, event, shown, stored } = await openWithEvent();
    const release = api.hold('timeline.update');
    const presses = [true, false, true].map((keyMoment) => store.getState().update(event.id, { keyMoment }));
    expect(shown()).toEqual([[true, 'saving']]);
    const seen: unknown[] = [];
    const stop = store.subscribe(() => seen.push(store.getState().items[0]?.keyMoment));
    release();
    await Promise.all(presses);
    await settle();
    stop();
    expect(new Set(seen)).toEqual(new Set([true]));
    expect(shown()).toEqual([[true, 'saved']]);
    expect(stored()).toBe(true);
  });

  it('puts the star back as it was when the save is refused, with the error on the row', async () => {
    const { api, store, event, shown, stored } = await openWithEvent();
    api.failNext('timeline.update', new ApiError('internal', 'Something went wrong while saving; nothing was changed.'));
    const result = await store.getState().update(event.id, { keyMoment: true });
    expect(result.ok).toBe(false);
    expect(shown()).toEqual([[false, 'error']]);
    expect(stored()).toBe(false);
  });

  it('leaves a typed edit to the reply, as before: the description changes only once it is stored', async () => {
    const { store, event } = await openWithEvent();
    const editing = store.getState().update(event.id, { description: 'Deploy of 4.2 started' });
    expect(store.getState().items[0]?.description).toBe('Deploy started');
    await editing;
    expect(store.getState().items[0]?.description).toBe('Deploy of 4.2 started');
  });

  it('puts no star on the undo stack: pressing again is how it is taken back', async () => {
    const { store, undo, event } = await openWithEvent();
    await store.getState().update(event.id, { keyMoment: true });
    expect(undo.getState().deletions).toEqual([]);
  });
});
