import { describe, expect, it } from 'vitest';
import type { ClientEvent } from '../../../src/renderer/api/client.ts';
import { createJoiningStore } from '../../../src/renderer/stores/joining/joining-store.ts';
import { clientOverHandlers, type FakeHandlers } from './fake-client.ts';
import { ApiError } from '../../../src/shared/api/errors.ts';
import type { JoinStatus } from '../../../src/shared/joining/joining.ts';

const MEETING = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The joining methods of the service for one laptop, with a way to refuse the next call and to push changes. */
function fakeJoining() {
  const statuses = new Map<string, JoinStatus>();
  const listeners = new Set<(event: ClientEvent) => void>();
  let refuseNext: ApiError | null = null;
  const off = (meetingId: string): JoinStatus => ({
    meetingId,
    state: 'off',
    address: null,
    port: null,
    url: null,
    code: null,
    problem: null,
    notice: null,
    people: [],
    showOnAudience: false,
  });
  const statusOf = (meetingId: string) => statuses.get(meetingId) ?? off(meetingId);
  const change = (meetingId: string, next: JoinStatus) => {
    statuses.set(meetingId, next);
    for (const listener of listeners)
      listener({ event: 'changed', payload: { meetingId, revision: 1, entity: 'joining', entityId: meetingId, op: 'updated' } });
    return next;
  };
  const handlers: FakeHandlers = {
    'joining.networks': () => [{ name: 'lo', address: '127.0.0.1', family: 'IPv4', loopback: true }],
    'joining.get': ({ meetingId }) => statusOf(meetingId),
    'joining.enable': ({ meetingId, address, port }) =>
      change(meetingId, { ...statusOf(meetingId), state: 'on', address, port: port ?? 4180, url: `http://${address}:${port ?? 4180}/`, code: '123456' }),
    'joining.rotateCode': ({ meetingId }) => change(meetingId, { ...statusOf(meetingId), code: '654321' }),
    'joining.showOnAudience': ({ meetingId, show }) => change(meetingId, { ...statusOf(meetingId), showOnAudience: show }),
    'joining.removePerson': ({ meetingId, sessionId }) =>
      change(meetingId, { ...statusOf(meetingId), people: statusOf(meetingId).people.filter((p) => p.sessionId !== sessionId) }),
    'joining.disable': ({ meetingId }) => change(meetingId, off(meetingId)),
  };
  const client = clientOverHandlers(handlers, listeners, () => {
    if (!refuseNext) return;
    const error = refuseNext;
    refuseNext = null;
    throw error;
  });
  return {
    client,
    refuseNext: (error: ApiError) => (refuseNext = error),
    /** Someone pairs: the join server's change, as the service pushes it. */
    pair: (meetingId: string, name: string) =>
      change(meetingId, {
        ...statusOf(meetingId),
        people: [...statusOf(meetingId).people, { sessionId: `s-${name}`, name, connected: true, joinedAt: 1, lastSeenAt: 1 }],
      }),
    resync: () => listeners.forEach((listener) => listener({ event: 'resync' })),
    set: (meetingId: string, status: JoinStatus) => statuses.set(meetingId, status),
  };
}

describe('the facilitator’s joining store', () => {
  it('follows one meeting: reads its status and the networks, then turns joining on, rotates the code and off', async () => {
    const api = fakeJoining();
    const [, store] = createJoiningStore(api.client);
    store.getState().follow(MEETING);
    await settle();
    expect(store.getState().status?.state).toBe('off');
    expect(store.getState().networks.map((network) => network.address)).toEqual(['127.0.0.1']);

    await store.getState().enable('127.0.0.1', 4999);
    expect(store.getState().status).toMatchObject({ state: 'on', url: 'http://127.0.0.1:4999/', code: '123456' });
    expect(store.getState().busy).toBe(false);
    await store.getState().rotateCode();
    expect(store.getState().status?.code).toBe('654321');
    await store.getState().disable();
    expect(store.getState().status).toMatchObject({ state: 'off', code: null });
  });

  it('shows who pairs and who is removed, from the pushed changes, and reads everything again after a reconnect', async () => {
    const api = fakeJoining();
    const [, store] = createJoiningStore(api.client);
    store.getState().follow(MEETING);
    await store.getState().enable('127.0.0.1', undefined);
    api.pair(MEETING, 'Priya');
    api.pair(OTHER, 'Someone else');
    await settle();
    expect(store.getState().status?.people.map((person) => person.name)).toEqual(['Priya']);

    await store.getState().removePerson('s-Priya');
    expect(store.getState().status?.people).toEqual([]);

    api.set(MEETING, { ...store.getState().status!, people: [{ sessionId: 's-Ade', name: 'Ade', connected: false, joinedAt: 1, lastSeenAt: 1 }] });
    api.resync();
    await settle();
    expect(store.getState().status?.people.map((person) => [person.name, person.connected])).toEqual([['Ade', false]]);
  });

  it('ticks "show on the shared screen" at once, and puts it back with the reason when the service refuses', async () => {
    const api = fakeJoining();
    const [, store] = createJoiningStore(api.client);
    store.getState().follow(MEETING);
    await settle();
    const shown = store.getState().showOnAudience(true);
    expect(store.getState().status?.showOnAudience).toBe(true);
    await shown;
    expect(store.getState().status?.showOnAudience).toBe(true);

    api.refuseNext(new ApiError('forbidden', 'Only the facilitator can change who joins'));
    const hidden = store.getState().showOnAudience(false);
    expect(store.getState().status?.showOnAudience).toBe(false);
    await hidden;
    expect(store.getState().status?.showOnAudience).toBe(true);
    expect(store.getState().error).toBe('Only the facilitator can change who joins');
  });

  it('names the problem when turning joining on fails, and clears it on the next action', async () => {
    const api = fakeJoining();
    const [, store] = createJoiningStore(api.client);
    store.getState().follow(MEETING);
    await settle();
    api.refuseNext(new ApiError('invalid_input', 'port: must be between 1024 and 65535', 'port'));
    await store.getState().enable('127.0.0.1', 80);
    expect(store.getState().error).toBe('port: must be between 1024 and 65535');
    expect(store.getState().status?.state).toBe('off');
    await store.getState().enable('127.0.0.1', 4999);
    expect(store.getState().error).toBeNull();
  });

  it('stops following: a later change to that meeting is not read', async () => {
    const api = fakeJoining();
    const [, store] = createJoiningStore(api.client);
    store.getState().follow(MEETING);
    await settle();
    store.getState().follow(null);
    api.pair(MEETING, 'Priya');
    await settle();
    expect(store.getState().status).toBeNull();
  });
});
