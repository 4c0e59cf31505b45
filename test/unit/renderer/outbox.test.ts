import { describe, expect, it } from 'vitest';
import { createOutbox, OUTBOX_MAX_AGE_MS, type OutboxStorage } from '../../../src/renderer/api/outbox.ts';
import { createWebSocketTransport } from '../../../src/renderer/api/web-socket-transport.ts';
import { fakeSocketFactory, manualScheduler } from './fake-socket.ts';

/** localStorage as a browser keeps it: strings by key, in insertion order. */
function memoryStorage(): OutboxStorage & { items: Map<string, string>; full: boolean } {
  const items = new Map<string, string>();
  const storage = {
    items,
    full: false,
    get length() {
      return items.size;
    },
    key: (index: number) => [...items.keys()][index] ?? null,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => {
      if (storage.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      items.set(key, value);
    },
    removeItem: (key: string) => void items.delete(key),
  };
  return storage;
}

const ADD = { id: 'e1', meetingId: 'm', occurredAt: 1, description: 'Paged' };

/** One page of the app: a transport over fake sockets, keeping its writes in `storage`. */
function page(storage: ReturnType<typeof memoryStorage>, pageId: string, now = () => 1_000) {
  const factory = fakeSocketFactory();
  const outbox = createOutbox(storage, now, pageId);
  const transport = createWebSocketTransport({
    url: 'ws://127.0.0.1:4180/api/ws',
    openSocket: factory.openSocket,
    schedule: manualScheduler().schedule,
    random: () => 0,
    outbox,
  });
  const writesKept = () => [...storage.items.keys()].filter((key) => key.startsWith('debrief.outbox.')).length;
  return { factory, transport, outbox, writesKept };
}

describe('the outbox: writes that survive a closed tab', () => {
  it('keeps a write until it is answered, and never keeps reads or steps that must not run twice', async () => {
    const storage = memoryStorage();
    const { factory, transport } = page(storage, 'p1');
    factory.latest().handlers.onOpen();
    const add = transport.call('timeline.add', ADD);
    void transport.call('timeline.list', { meetingId: 'm' });
    void transport.call('timer.next', { meetingId: 'm' });
    void transport.call('notes.add', { meetingId: 'm', category: 'lesson', text: 'no id chosen' });
    const kept = [...storage.items].filter(([key]) => key.startsWith('debrief.outbox.')).map(([, value]) => (JSON.parse(value) as { method: string }).method);
    expect(kept).toEqual(['timeline.add']);

    factory.latest().reply(1, { ok: true, result: ADD });
    await add;
    expect([...storage.items.keys()].filter((key) => key.startsWith('debrief.outbox.'))).toEqual([]);
  });

  it('sends what a closed page left behind first, on the next page, and forgets each once answered', async () => {
    const storage = memoryStorage();
    const first = page(storage, 'p1');
    // The Wi-Fi is down: the writes wait, and the tab is closed.
    void first.transport.call('timeline.add', ADD).catch(() => undefined);
    void first.transport.call('whys.update', { id: 'w1', patch: { text: 'Pool exhausted' } }).catch(() => undefined);
    first.transport.close();
    first.outbox.leave();
    expect(first.writesKept()).toBe(2);

    const second = page(storage, 'p2');
    const read = second.transport.call('timeline.list', { meetingId: 'm' });
    second.factory.latest().handlers.onOpen();
    const sent = second.factory.latest().requests();
    expect(sent.map((request) => request.method)).toEqual(['timeline.add', 'whys.update', 'timeline.list']);
    second.factory.latest().reply(sent[0]!.id, { ok: true, result: ADD });
    second.factory.latest().reply(sent[1]!.id, { ok: false, error: { code: 'not_found', message: 'No why with id w1' } });
    second.factory.latest().reply(sent[2]!.id, { ok: true, result: [] });
    await read;
    expect(second.writesKept()).toBe(0);
  });

  it('keeps the writes a connection ended for good never saw answered, for the page that joins again', () => {
    const storage = memoryStorage();
    const ended = page(storage, 'p1');
    ended.factory.latest().handlers.onOpen();
    void ended.transport.call('timeline.add', ADD).catch(() => undefined);
    // The facilitator stopped joining before the answer came.
    ended.factory.latest().handlers.onClose(4410);
    expect(ended.writesKept()).toBe(1);
    ended.outbox.leave();

    const again = page(storage, 'p2');
    again.factory.latest().handlers.onOpen();
    expect(again.factory.latest().requests()).toEqual([{ id: 1, method: 'timeline.add', input: ADD }]);
  });

  it('leaves alone the writes of a tab still open (the audience screen opening beside the console), until it falls silent', () => {
    const storage = memoryStorage();
    let clock = 1_000;
    const consoleTab = page(storage, 'console', () => clock);
    void consoleTab.transport.call('timeline.update', { id: 'e1', patch: { actor: 'Grafana' } });
    const audienceTab = page(storage, 'audience', () => clock);
    audienceTab.factory.latest().handlers.onOpen();
    expect(audienceTab.factory.latest().requests()).toEqual([]);

    // The console tab crashed without a word: after a while its writes are another page's to send.
    clock += 20_000;
    const reopened = page(storage, 'reopened', () => clock);
    reopened.factory.latest().handlers.onOpen();
    expect(
      reopened.factory
        .latest()
        .requests()
        .map((request) => request.method),
    ).toEqual(['timeline.update']);
  });

  it('drops what is too old to be safe, or unreadable, and works on when storage is full', async () => {
    const storage = memoryStorage();
    let clock = 0;
    const old = createOutbox(storage, () => clock, 'old');
    old.keep('timeline.update', { id: 'e1', patch: { actor: 'x' } });
    storage.items.set('debrief.outbox.broken.1', '{not json');
    clock = OUTBOX_MAX_AGE_MS + 1;
    expect(createOutbox(storage, () => clock, 'new').leftovers()).toEqual([]);
    expect([...storage.items.keys()]).toEqual(['debrief.outbox-alive.new']);

    storage.full = true;
    const { factory, transport } = page(storage, 'p3');
    factory.latest().handlers.onOpen();
    const add = transport.call('timeline.add', ADD);
    factory.latest().reply(1, { ok: true, result: ADD });
    await expect(add).resolves.toEqual({ ok: true, result: ADD });
  });
});
