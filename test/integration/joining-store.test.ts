import { afterEach, describe, expect, it } from 'vitest';
import { createJoiningStore } from '../../src/renderer/stores/joining/joining-store.ts';
import { ApiError } from '../../src/shared/api/errors.ts';
import { clientsOver, freePort, settle, startJoinHarness, TEST_NETWORKS, type JoinHarness } from '../harness/index.ts';

let harness: JoinHarness | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

/** The facilitator's joining store over the real service and join server, following a new meeting. */
async function followNewMeeting() {
  harness = await startJoinHarness();
  const api = clientsOver(harness.service);
  const meeting = harness.createMeeting('Checkout outage');
  const [, store] = createJoiningStore(api.client);
  store.getState().follow(meeting.id);
  await settle();
  return { h: harness, api, meeting, store };
}

describe('the facilitator’s joining store', () => {
  it('follows one meeting: reads its status and the networks, then turns joining on, rotates the code and off', async () => {
    const { h, meeting, store } = await followNewMeeting();
    expect(store.getState().status?.state).toBe('off');
    expect(store.getState().networks.map((network) => network.address)).toEqual(TEST_NETWORKS.map((network) => network.address));

    const port = await freePort();
    expect(await store.getState().enable('127.0.0.1', port)).toBe(true);
    await h.waitForState(meeting.id, 'on');
    await settle();
    const on = store.getState().status;
    expect(on).toMatchObject({ state: 'on', url: `http://127.0.0.1:${port}/` });
    expect(on?.code).toMatch(/^\d{6}$/);
    expect(store.getState().busy).toBe(false);

    await store.getState().rotateCode();
    expect(store.getState().status?.code).toMatch(/^\d{6}$/);
    expect(store.getState().status?.code).not.toBe(on?.code);
    await store.getState().disable();
    await settle();
    expect(store.getState().status).toMatchObject({ state: 'off', code: null });
  });

  it('shows who pairs and who is removed, from the pushed changes, and reads everything again after a reconnect', async () => {
    const { h, api, meeting, store } = await followNewMeeting();
    await store.getState().enable('127.0.0.1', await freePort());
    const { port, code } = await h.waitForState(meeting.id, 'on');
    const priya = await h.pair(port!, 'Priya', code!);
    await settle();
    expect(store.getState().status?.people.map((person) => person.name)).toEqual(['Priya']);

    await store.getState().removePerson(priya.session.sessionId);
    await settle();
    expect(store.getState().status?.people).toEqual([]);

    // Ade pairs while this window is offline: the change is missed, and the reconnect reads the status again.
    api.network.closed = true;
    await h.pair(port!, 'Ade', code!);
    await settle();
    expect(store.getState().status?.people).toEqual([]);
    api.network.closed = false;
    api.resync();
    await settle();
    expect(store.getState().status?.people.map((person) => [person.name, person.connected])).toEqual([['Ade', false]]);
  });

  it('ticks "show on the shared screen" at once, and puts it back with the reason when the service refuses', async () => {
    const { api, store } = await followNewMeeting();
    const shown = store.getState().showOnAudience(true);
    expect(store.getState().status?.showOnAudience).toBe(true);
    await shown;
    expect(store.getState().status?.showOnAudience).toBe(true);

    api.failNext('joining.showOnAudience', new ApiError('forbidden', 'Only the facilitator can change who joins'));
    const hidden = store.getState().showOnAudience(false);
    expect(store.getState().status?.showOnAudience).toBe(false);
    await hidden;
    expect(store.getState().status?.showOnAudience).toBe(true);
    expect(store.getState().error).toBe('Only the facilitator can change who joins');
  });

  it('names the field when turning joining on is refused, and clears it on the next action', async () => {
    const { h, meeting, store } = await followNewMeeting();
    expect(await store.getState().enable('127.0.0.1', 80)).toBe(false);
    expect(store.getState().error).toMatch(/^port: /);
    expect(store.getState().status?.state).toBe('off');
    expect(await store.getState().enable('127.0.0.1', await freePort())).toBe(true);
    expect(store.getState().error).toBeNull();
    await h.waitForState(meeting.id, 'on');
  });

  it('stops following: a later change to that meeting is not read', async () => {
    const { h, meeting, store } = await followNewMeeting();
    store.getState().follow(null);
    await h.enable(meeting.id);
    await settle();
    expect(store.getState().status).toBeNull();
  });
});
