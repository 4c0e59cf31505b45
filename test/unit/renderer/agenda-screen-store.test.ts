import { describe, expect, it } from 'vitest';
import { createService } from '../../../src/main/service/service.ts';
import { ApiError } from '../../../src/shared/api/errors.ts';
import type { Meeting } from '../../../src/shared/domain/meeting.ts';
import { createAgendaStore } from '../../../src/renderer/stores/agenda/agenda-store.ts';
import { createUndoStack } from '../../../src/renderer/stores/undo-stack.ts';
import { clientsOver, settle, useServiceOnTempFile } from '../../harness/index.ts';

const SKEW_MS = 5 * 60_000; // the service's clock is five minutes ahead of the windows'

describe('the shared screen in the agenda store, over the real service', () => {
  const fixture = useServiceOnTempFile();

  /** The facilitator's console and the audience screen: two windows, each with its own agenda store. */
  async function openTwoWindows() {
    let clientNow = 1_800_000_000_000;
    const api = clientsOver(createService(fixture.db, { clock: () => clientNow + SKEW_MS }));
    const meeting = api.call('meetings.create', { title: 'Checkout outage' }) as Meeting;
    const other = api.call('meetings.create', { title: 'Search outage' }) as Meeting;
    const item = api.call('actions.add', { meetingId: meeting.id, title: 'Add a canary stage' });
    const otherItem = api.call('actions.add', { meetingId: other.id, title: 'Index the search logs' });
    // Past the service's clock, which never goes back and moved on with each of the writes above.
    clientNow += 60_000;
    const window = () => {
      const [, undo] = createUndoStack();
      return createAgendaStore(api.newClient(), undo, () => clientNow)[1];
    };
    const facilitator = window();
    const audience = window();
    await facilitator.getState().open(meeting.id);
    await audience.getState().open(meeting.id);
    return { api, facilitator, audience, meeting, item, otherItem, now: () => clientNow };
  }

  it('shows the console’s focus on the audience screen once the change is heard', async () => {
    const { api, facilitator, audience, item } = await openTwoWindows();
    expect(audience.getState().agenda?.screen.focus).toBeNull();
    await facilitator.getState().focusScreen({ kind: 'action_item', id: item.id });
    await settle();
    expect(audience.getState().agenda?.screen.focus).toEqual({ kind: 'action_item', id: item.id });
    expect(audience.getState().agenda?.screen).toEqual(facilitator.getState().agenda?.screen);

    await facilitator.getState().turnPage(2);
    await settle();
    expect(audience.getState().agenda?.screen).toMatchObject({ focus: { kind: 'action_item', id: item.id }, page: 2 });
    expect(audience.getState().agenda?.screen.pageTurnedAt).toBe(facilitator.getState().agenda?.screen.pageTurnedAt);
    expect(facilitator.getState().actionError).toBeNull();
    expect(api.callsTo('screen.focus')).toHaveLength(1);
  });

  it('marks the focus and the turned page at once, timed by the service’s clock, before the service answers', async () => {
    const { api, facilitator, item, now } = await openTwoWindows();
    expect(facilitator.getState().offsetMs).toBe(SKEW_MS);
    const release = api.hold('screen.focus');
    const focusing = facilitator.getState().focusScreen({ kind: 'action_item', id: item.id });
    expect(facilitator.getState().agenda?.screen).toMatchObject({ focus: { kind: 'action_item', id: item.id }, focusedAt: now() + SKEW_MS });
    release();
    await focusing;

    const releasePage = api.hold('screen.turnPage');
    const turning = facilitator.getState().turnPage(4);
    expect(facilitator.getState().agenda?.screen).toMatchObject({ page: 4, pageTurnedAt: now() + SKEW_MS });
    releasePage();
    await turning;
    expect(api.call('agenda.get', { meetingId: facilitator.getState().meetingId ?? '' }).screen.page).toBe(4);
  });

  it('keeps showing its own newest focus while an older agenda comes back (J pressed quickly)', async () => {
    const { api, facilitator, meeting, item } = await openTwoWindows();
    const next = api.call('actions.add', { meetingId: meeting.id, title: 'Alert on replication lag' });
    await facilitator.getState().focusScreen({ kind: 'action_item', id: item.id });
    await settle();

    const release = api.hold('screen.focus');
    const focusing = facilitator.getState().focusScreen({ kind: 'action_item', id: next.id });
    // Meanwhile something else changes the agenda: the store reads it again and hears the older focus.
    api.call('timer.setSound', { meetingId: meeting.id, enabled: true });
    await settle();
    expect(facilitator.getState().agenda?.timer.soundEnabled).toBe(true);
    expect(facilitator.getState().agenda?.screen.focus).toEqual({ kind: 'action_item', id: next.id });

    release();
    await focusing;
    await settle();
    expect(facilitator.getState().agenda?.screen.focus).toEqual({ kind: 'action_item', id: next.id });
    expect(api.call('agenda.get', { meetingId: meeting.id }).screen.focus).toEqual({ kind: 'action_item', id: next.id });
  });

  it('takes a refused focus back and says why next to the controls', async () => {
    const { api, facilitator, item, otherItem } = await openTwoWindows();
    await facilitator.getState().focusScreen({ kind: 'action_item', id: item.id });
    const shown = facilitator.getState().agenda?.screen;

    await facilitator.getState().focusScreen({ kind: 'action_item', id: otherItem.id });
    expect(facilitator.getState().agenda?.screen).toEqual(shown);
    expect(facilitator.getState().actionError).toContain(otherItem.id);

    api.failNext('screen.turnPage', new ApiError('internal', 'Something went wrong while saving; nothing was changed.'));
    await facilitator.getState().turnPage(1);
    expect(facilitator.getState().agenda?.screen).toEqual(shown);
    expect(facilitator.getState().actionError).toMatch(/nothing was changed/);
  });

  it('refuses a page past the last before sending it', async () => {
    const { api, facilitator } = await openTwoWindows();
    await facilitator.getState().turnPage(1001);
    expect(api.callsTo('screen.turnPage')).toEqual([]);
    expect(facilitator.getState().agenda?.screen.page).toBe(0);
    expect(facilitator.getState().actionError).toMatch(/page/);
  });
});
