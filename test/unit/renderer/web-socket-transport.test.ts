import { describe, expect, it } from 'vitest';
import { ConnectionLostError } from '../../../src/renderer/api/connection-lost-error.ts';
import type { TransportNotice } from '../../../src/renderer/api/transport.ts';
import { createWebSocketTransport } from '../../../src/renderer/api/web-socket-transport.ts';
import { fakeSocketFactory, manualScheduler } from './fake-socket.ts';

function setup() {
  const factory = fakeSocketFactory();
  const scheduler = manualScheduler();
  const transport = createWebSocketTransport({
    url: 'ws://127.0.0.1:4000/api/ws',
    openSocket: factory.openSocket,
    schedule: scheduler.schedule,
    random: () => 0,
  });
  const notices: TransportNotice[] = [];
  transport.listen((notice) => notices.push(notice));
  return { factory, scheduler, transport, notices };
}

describe('WebSocket transport', () => {
  it('connects to the given url at once', () => {
    const { factory } = setup();
    expect(factory.sockets).toHaveLength(1);
    expect(factory.latest().url).toBe('ws://127.0.0.1:4000/api/ws');
  });

  it('queues calls made while connecting and sends them in order once open', () => {
    const { factory, transport } = setup();
    void transport.call('meetings.list', {});
    void transport.call('meetings.get', { id: 'a' });
    expect(factory.latest().sent).toEqual([]);

    factory.latest().handlers.onOpen();

    expect(factory.latest().requests()).toEqual([
      { id: 1, method: 'meetings.list', input: {} },
      { id: 2, method: 'meetings.get', input: { id: 'a' } },
    ]);
  });

  it('matches replies to requests by id, whatever order they come back in', async () => {
    const { factory, transport } = setup();
    factory.latest().handlers.onOpen();
    const first = transport.call('meetings.get', { id: 'a' });
    const second = transport.call('meetings.get', { id: 'b' });
    const [firstRequest, secondRequest] = factory.latest().requests();

    factory.latest().reply(secondRequest!.id, { ok: true, result: 'B' });
    factory.latest().reply(firstRequest!.id, { ok: false, error: { code: 'not_found', message: 'meeting a not found' } });

    await expect(second).resolves.toEqual({ ok: true, result: 'B' });
    await expect(first).resolves.toEqual({ ok: false, error: { code: 'not_found', message: 'meeting a not found' } });
  });

  it.each([
    ['not JSON', 'hello'],
    ['a reply to nobody', JSON.stringify({ type: 'reply', id: 99, ok: true, result: 1 })],
    ['a binary frame', new ArrayBuffer(4)],
    ['an event without a payload', JSON.stringify({ type: 'event', event: 'changed' })],
    ['a command without an id', JSON.stringify({ type: 'event', event: 'command', payload: {} })],
    ['an unknown event', JSON.stringify({ type: 'event', event: 'exploded', payload: {} })],
  ])('ignores %s', async (_name, frame) => {
    const { factory, transport, notices } = setup();
    factory.latest().handlers.onOpen();
    const call = transport.call('meetings.list', {});
    factory.latest().handlers.onMessage(frame);
    factory.latest().reply(1, { ok: true, result: [] });
    await expect(call).resolves.toEqual({ ok: true, result: [] });
    expect(notices.filter((notice) => notice.kind === 'event')).toEqual([]);
  });

  it('passes change events on to listeners', () => {
    const { factory, notices } = setup();
    factory.latest().handlers.onOpen();
    const payload = { meetingId: 'm', revision: 3, entity: 'timeline_event', entityId: 'e', op: 'created' };
    factory.latest().handlers.onMessage(JSON.stringify({ type: 'event', event: 'changed', payload }));
    expect(notices).toContainEqual({ kind: 'event', event: { event: 'changed', payload } });
  });

  it('passes menu command events on to listeners', () => {
    const { factory, notices } = setup();
    factory.latest().handlers.onOpen();
    factory.latest().handlers.onMessage(JSON.stringify({ type: 'event', event: 'command', payload: { commandId: 'timer-next', extra: 1 } }));
    expect(notices).toContainEqual({ kind: 'event', event: { event: 'command', payload: { commandId: 'timer-next' } } });
  });

  it.each([
    ['a step of the timer', 'timer.next', { meetingId: 'm' }],
    ['an add without a chosen id', 'timeline.add', { meetingId: 'm', description: 'Paged' }],
  ])('rejects %s still waiting for a reply when the socket closes, with an error that says so', async (_name, method, input) => {
    const { factory, scheduler, transport } = setup();
    factory.latest().handlers.onOpen();
    const call = transport.call(method, input);
    factory.latest().handlers.onClose();
    await expect(call).rejects.toBeInstanceOf(ConnectionLostError);
    await expect(call).rejects.toThrow(new RegExp(`closed before "${method}" was answered`));
    scheduler.runAll();
    factory.latest().handlers.onOpen();
    expect(factory.latest().requests()).toEqual([]);
  });

  it('sends calls cut off by a close again on the next socket, ahead of calls made meanwhile, and answers them from there', async () => {
    const { factory, scheduler, transport } = setup();
    factory.latest().handlers.onOpen();
    const add = transport.call('timeline.add', { id: 'e1', meetingId: 'm', description: 'Paged' });
    const edit = transport.call('whys.update', { id: 'w1', patch: { text: 'Pool exhausted' } });
    const step = transport.call('timer.extend', { meetingId: 'm', seconds: 60 });
    factory.latest().handlers.onClose();
    await expect(step).rejects.toBeInstanceOf(ConnectionLostError);
    const later = transport.call('notes.delete', { id: 'n1' });

    scheduler.runAll();
    const next = factory.latest();
    next.handlers.onOpen();
    expect(next.requests().map((request) => [request.method, request.input])).toEqual([
      ['timeline.add', { id: 'e1', meetingId: 'm', description: 'Paged' }],
      ['whys.update', { id: 'w1', patch: { text: 'Pool exhausted' } }],
      ['notes.delete', { id: 'n1' }],
    ]);
    for (const request of next.requests()) next.reply(request.id, { ok: true, result: request.method });
    await expect(add).resolves.toEqual({ ok: true, result: 'timeline.add' });
    await expect(edit).resolves.toEqual({ ok: true, result: 'whys.update' });
    await expect(later).resolves.toEqual({ ok: true, result: 'notes.delete' });
  });

  it('reconnects with growing delays, queues calls meanwhile, and asks for a resync once back', async () => {
    const { factory, scheduler, transport, notices } = setup();
    factory.latest().handlers.onOpen();
    factory.latest().handlers.onClose();
    expect(transport.status).toBe('reconnecting');
    expect(scheduler.delays()).toEqual([250]);

    scheduler.runAll();
    factory.latest().handlers.onClose();
    expect(scheduler.delays()).toEqual([500]);
    scheduler.runAll();

    const queuedCall = transport.call('meetings.list', {});
    expect(factory.latest().sent).toEqual([]);
    factory.latest().handlers.onOpen();

    expect(transport.status).toBe('open');
    expect(notices.filter((notice) => notice.kind === 'resync')).toHaveLength(1);
    const [request] = factory.latest().requests();
    factory.latest().reply(request!.id, { ok: true, result: [] });
    await expect(queuedCall).resolves.toEqual({ ok: true, result: [] });
  });

  it('does not ask for a resync on the first connection', () => {
    const { factory, notices } = setup();
    factory.latest().handlers.onOpen();
    expect(notices).toEqual([{ kind: 'status', status: 'open' }]);
  });

  it('ignores a stale socket that reports after it was replaced', async () => {
    const { factory, scheduler, transport } = setup();
    const first = factory.latest();
    first.handlers.onOpen();
    first.handlers.onClose();
    scheduler.runAll();
    const second = factory.latest();
    second.handlers.onOpen();
    const call = transport.call('meetings.list', {});
    first.handlers.onClose();
    first.handlers.onMessage(JSON.stringify({ type: 'reply', id: 1, ok: true, result: 'stale' }));
    second.reply(1, { ok: true, result: 'fresh' });
    await expect(call).resolves.toEqual({ ok: true, result: 'fresh' });
  });

  it('close() stops reconnecting and fails queued and unanswered calls', async () => {
    const { factory, scheduler, transport } = setup();
    factory.latest().handlers.onOpen();
    const sent = transport.call('meetings.list', {});
    transport.close();
    const afterClose = transport.call('meetings.list', {});
    await expect(sent).rejects.toBeInstanceOf(ConnectionLostError);
    await expect(afterClose).rejects.toBeInstanceOf(ConnectionLostError);
    expect(factory.latest().closed).toBe(true);
    factory.latest().handlers.onClose();
    expect(scheduler.delays()).toEqual([]);
  });

  it.each([
    ['joining ended (4410)', 4410],
    ['the session ended (4401)', 4401],
    ['any other application code', 4000],
  ])('takes a close with %s as final: status ended with the code, no more tries, waiting calls failed', async (_name, code) => {
    const { factory, scheduler, transport, notices } = setup();
    factory.latest().handlers.onOpen();
    const sent = transport.call('timeline.add', { id: 'e1', meetingId: 'm', description: 'Paged' });
    factory.latest().handlers.onClose(code);

    expect(transport.status).toBe('ended');
    expect(notices.at(-1)).toEqual({ kind: 'status', status: 'ended', endedWith: code });
    await expect(sent).rejects.toBeInstanceOf(ConnectionLostError);
    await expect(transport.call('meetings.list', {})).rejects.toBeInstanceOf(ConnectionLostError);
    expect(scheduler.delays()).toEqual([]);
    expect(factory.sockets).toHaveLength(1);
  });

  it('fails the calls queued while reconnecting once a later socket is closed for good', async () => {
    const { factory, scheduler, transport } = setup();
    factory.latest().handlers.onOpen();
    factory.latest().handlers.onClose(1006);
    const queuedCall = transport.call('timeline.add', { id: 'e2', meetingId: 'm', description: 'Typed offline' });
    scheduler.runAll();
    factory.latest().handlers.onClose(4410);
    await expect(queuedCall).rejects.toBeInstanceOf(ConnectionLostError);
    expect(transport.status).toBe('ended');
    expect(scheduler.delays()).toEqual([]);
  });

  it.each([
    ['the server shutting down (1001)', 1001],
    ['the link dropping (1006)', 1006],
    ['a message too big (1009)', 1009],
    ['no code at all', undefined],
  ])('tries again after a close with %s', (_name, code) => {
    const { factory, scheduler, transport } = setup();
    factory.latest().handlers.onOpen();
    factory.latest().handlers.onClose(code);
    expect(transport.status).toBe('reconnecting');
    expect(scheduler.delays()).toEqual([250]);
    scheduler.runAll();
    expect(factory.sockets).toHaveLength(2);
  });

  it('turns a malformed error reply into an internal error rather than hanging', async () => {
    const { factory, transport } = setup();
    factory.latest().handlers.onOpen();
    const call = transport.call('meetings.list', {});
    factory.latest().reply(1, { ok: false, error: 'nope' });
    await expect(call).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
