import { describe, expect, it } from 'vitest';
import { createApiClient, type ClientEvent } from '../../../src/renderer/api/client.ts';
import { createWebSocketTransport } from '../../../src/renderer/api/web-socket-transport.ts';
import type { ChangeEvent } from '../../../src/shared/api/events.ts';
import { fakeSocketFactory, manualScheduler } from './fake-socket.ts';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const change = (meetingId: string, revision: number, entityId: string): ChangeEvent => ({
  meetingId,
  revision,
  entity: 'timeline_event',
  entityId,
  op: 'created',
});

/** A client over a WebSocket whose socket the test opens, feeds and drops. */
function connected() {
  const factory = fakeSocketFactory();
  const scheduler = manualScheduler();
  const client = createApiClient(
    createWebSocketTransport({ url: 'ws://127.0.0.1:4000/api/ws', openSocket: factory.openSocket, schedule: scheduler.schedule, random: () => 0 }),
  );
  const heard: ClientEvent[] = [];
  client.subscribe((event) => heard.push(event));
  factory.latest().handlers.onOpen();
  const push = (payload: ChangeEvent) => factory.latest().handlers.onMessage(JSON.stringify({ type: 'event', event: 'changed', payload }));
  const reconnect = () => {
    factory.latest().handlers.onClose();
    scheduler.runAll();
    factory.latest().handlers.onOpen();
  };
  return { factory, client, heard, push, reconnect };
}

describe('catching up after a reconnect', () => {
  it('asks what each meeting it follows missed since the last revision it saw, and hears those changes before the resync', async () => {
    const { factory, heard, push, reconnect } = connected();
    push(change('m1', 4, 'e4'));
    push(change('m2', 9, 'x9'));
    heard.length = 0;

    reconnect();
    const socket = factory.latest();
    expect(socket.requests().map((request) => [request.method, request.input])).toEqual([
      ['changes.since', { meetingId: 'm1', revision: 4 }],
      ['changes.since', { meetingId: 'm2', revision: 9 }],
    ]);
    const [forM1, forM2] = socket.requests();
    socket.reply(forM1!.id, { ok: true, result: { complete: true, revision: 6, changes: [change('m1', 5, 'e5'), change('m1', 6, 'e6')] } });
    socket.reply(forM2!.id, { ok: true, result: { complete: false, revision: 30, changes: [] } });
    await settle();

    expect(heard.map((event) => (event.event === 'changed' ? event.payload.entityId : event.event))).toEqual(['e5', 'e6', 'resync']);
    const resync = heard.at(-1) as Extract<ClientEvent, { event: 'resync' }>;
    expect([...(resync.caughtUp ?? [])]).toEqual(['m1']);

    // The next reconnect starts from what it caught up to.
    reconnect();
    expect(factory.latest().requests()[0]?.input).toEqual({ meetingId: 'm1', revision: 6 });
  });

  it('starts from the revision a meeting was read at, and reads everything again when the question fails', async () => {
    const { factory, client, heard, reconnect } = connected();
    const read = client.call('meetings.get', { id: '11111111-1111-4111-8111-111111111111' });
    factory.latest().reply(1, { ok: true, result: { id: '11111111-1111-4111-8111-111111111111', revision: 12 } });
    await read;

    reconnect();
    const [question] = factory.latest().requests();
    expect(question?.input).toEqual({ meetingId: '11111111-1111-4111-8111-111111111111', revision: 12 });
    factory.latest().reply(question!.id, { ok: false, error: { code: 'not_found', message: 'No meeting' } });
    await settle();
    expect(heard).toEqual([{ event: 'resync', caughtUp: new Set() }]);
  });

  it('with nothing followed yet, simply resyncs', async () => {
    const { heard, reconnect } = connected();
    reconnect();
    await settle();
    expect(heard).toEqual([{ event: 'resync', caughtUp: new Set() }]);
  });
});
