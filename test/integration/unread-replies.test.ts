import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { MAX_BUFFERED_BYTES } from '../../src/main/server/socket-api.ts';
import {
  connectInspector,
  inspectorUrl,
  type Inspector,
  holdsConnection,
  peakResidentBytes,
  residentBytes,
  killAllChildren,
  startServeProcess,
  type ServeProcess,
  connectAsPage,
  writeStaticSite,
  type TestSocket,
  useTempDir,
  seedDatabase,
} from '../harness/index.ts';

const EVENTS = 2_000;
const UNREAD_CALLS = 1_000;
const MB = 1024 * 1024;
/**
 * The server holds at most MAX_BUFFERED_BYTES of unsent messages for one client, plus the reply on its way and the
 * garbage left on the way to them (rows, JSON text) until it is collected: a few times the limit (about 40 MB
 * measured). Today the same client grows the server by about 1 GB.
 */
const PEAK_GROWTH_BOUND = 6 * MAX_BUFFERED_BYTES;
/** After a full collection, what the client cost is given back but for small change. */
const LEFT_OVER_BOUND = MAX_BUFFERED_BYTES / 4;

function seedMeeting(file: string): Promise<string> {
  return seedDatabase(file, ({ handlers }, db) => {
    const meeting = handlers['meetings.create']({ title: 'Checkout outage', incidentId: 'INC-7' });
    // One outer transaction, so seeding takes one sync, not 2,000.
    db.transaction(() => {
      for (let i = 0; i < EVENTS; i++) {
        handlers['timeline.add']({
          meetingId: meeting.id,
          occurredAt: Date.UTC(2026, 10, 20, 14, 0) + i * 1000,
          description: `Error rate on checkout-api above 5% for the EU pool (p99 latency 2.3 s), step ${i}`,
          actor: 'PagerDuty',
        });
      }
    })();
    return meeting.id;
  });
}

async function waitFor(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`${what} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** What the server's JS holds, its heap and the buffers outside it. */
const held = (memory: NodeJS.MemoryUsage): number => memory.heapUsed + memory.external;

describe('a client that never reads its replies', () => {
  const temp = useTempDir('debrief-unread-');
  let serve: ServeProcess;
  let inspector: Inspector;
  let meetingId: string;
  let reader: TestSocket;
  const clients: WebSocket[] = [];

  beforeEach(async () => {
    const file = temp.file('debrief.sqlite');
    meetingId = await seedMeeting(file);
    const staticDir = writeStaticSite(path.join(temp.dir, 'renderer'));
    // The inspector on a free loopback port lets the test collect the server's garbage and read its heap.
    serve = await startServeProcess(['--port', '0', '--db', file, '--static', staticDir], { NODE_OPTIONS: '--inspect=127.0.0.1:0' });
    inspector = await connectInspector(await inspectorUrl(() => serve.output().stderr));
    reader = await connectAsPage(serve);
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.terminate();
    reader.socket.terminate();
    inspector.close();
    await killAllChildren();
  });

  /** Connects, stops reading, and sends `calls` timeline.list calls; returns the client and its local port. */
  async function sendWithoutReading(calls: number): Promise<{ client: WebSocket; port: number }> {
    const client = new WebSocket(serve.socketUrl, { origin: new URL(serve.url).origin });
    clients.push(client);
    await new Promise((resolve, reject) => client.once('open', resolve).once('error', reject));
    client.pause();
    for (let id = 1; id <= calls; id++) client.send(JSON.stringify({ id, method: 'timeline.list', input: { meetingId } }));
    return { client, port: (client as unknown as { _socket: { localPort: number } })._socket.localPort };
  }

  it('is closed at the slow-reader limit, holding down the server’s memory, which is given back once it has gone', async () => {
    const pid = serve.child.pid!;
    // A reader that behaves, first: the server has then done this work once, and its memory includes it.
    const listed = await reader.call('timeline.list', { meetingId });
    expect(listed.ok && (listed.result as unknown[]).length).toBe(EVENTS);
    const heldBefore = held(await inspector.memoryAfterCollection());
    const residentBefore = residentBytes(pid);

    const { client, port } = await sendWithoutReading(UNREAD_CALLS);
    await waitFor(() => !holdsConnection(pid, serve.port, port), 30_000, 'the server did not close the connection of the client that does not read');
    const growth = peakResidentBytes(pid) - residentBefore;
    expect(growth, `the server grew by ${(growth / MB).toFixed(0)} MB`).toBeLessThan(PEAK_GROWTH_BOUND);

    // Reading again, the client finds its connection cut without a closing handshake, after a few replies only.
    let replies = 0;
    client.on('message', () => replies++);
    const closed = new Promise<number>((resolve) => client.once('close', resolve));
    client.resume();
    expect(await closed).toBe(1006);
    expect(replies).toBeLessThan(UNREAD_CALLS);

    // The server carries on for others, and what the client cost is garbage.
    expect((await reader.call('meetings.list', {})).ok).toBe(true);
    const leftOver = held(await inspector.memoryAfterCollection()) - heldBefore;
    expect(leftOver, `the server still holds ${(leftOver / MB).toFixed(1)} MB more`).toBeLessThan(LEFT_OVER_BOUND);
  });

  it('does not grow with every such client: the memory of one is reused by the next', async () => {
    const pid = serve.child.pid!;
    const first = await sendWithoutReading(UNREAD_CALLS);
    await waitFor(() => !holdsConnection(pid, serve.port, first.port), 30_000, 'the server did not close the first client');
    first.client.terminate();
    await inspector.memoryAfterCollection();
    const residentAfterOne = residentBytes(pid);
    for (let round = 0; round < 3; round++) {
      const next = await sendWithoutReading(UNREAD_CALLS);
      await waitFor(() => !holdsConnection(pid, serve.port, next.port), 30_000, `the server did not close client ${round + 2}`);
      next.client.terminate();
      await inspector.memoryAfterCollection();
    }
    const growth = residentBytes(pid) - residentAfterOne;
    expect(growth, `three more clients grew the server by ${(growth / MB).toFixed(0)} MB`).toBeLessThan(MAX_BUFFERED_BYTES);
    expect((await reader.call('timeline.list', { meetingId })).ok).toBe(true);
  });
});
