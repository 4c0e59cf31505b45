import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import { connectTestSocket, ok, startTestServer, type TestServer, type TestSocket } from '../harness/index.ts';

const GRACE_MS = 300;
const at = (minute: number) => Date.UTC(2026, 10, 20, 14, minute);
const chunk = (importId: string, first: number, count: number) => ({
  importId,
  events: Array.from({ length: count }, (_, offset) => ({ occurredAt: at(first + offset), description: `Line ${first + offset}`, source: 'csv_import' })),
});

/**
 * Issue 17: an import lands whole or not at all. When the window sending an import closes before finishing it, the
 * server that runs on rolls it back, unless the page reconnects in time and goes on.
 */
describe('an import whose connection closed, on a real server', () => {
  let server: TestServer | undefined;
  const sockets: TestSocket[] = [];
  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.socket.terminate();
    await server?.stop();
    server = undefined;
  });

  async function page(running: TestServer): Promise<TestSocket> {
    const socket = await connectTestSocket(running.socketUrl, { origin: running.origin });
    sockets.push(socket);
    return socket;
  }

  async function startedImport() {
    server = await startTestServer({ unfinishedImportGraceMs: GRACE_MS });
    const window = await page(server);
    const meeting = ok<Meeting>(await window.call('meetings.create', { title: 'Checkout outage' }));
    const importId = randomUUID();
    ok(await window.call('timeline.importStart', { meetingId: meeting.id, id: importId }));
    ok(await window.call('timeline.import', chunk(importId, 0, 3)));
    const stored = () => (server?.db.prepare('SELECT count(*) AS n FROM timeline_events').get() as { n: number }).n;
    const state = () => (server?.db.prepare('SELECT state FROM timeline_imports WHERE id = ?').get(importId) as { state: string }).state;
    return { server, window, meeting, importId, stored, state };
  }

  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('rolls back what a closed window had stored, and tells the other windows', async () => {
    const { server: running, window, meeting, stored, state } = await startedImport();
    const other = await page(running);
    expect(stored()).toBe(3);
    window.close();
    await expect.poll(() => state(), { timeout: 5_000 }).toBe('removed');
    expect(stored()).toBe(0);
    const [removal] = await other.waitForEvents(1);
    expect(removal).toMatchObject({ meetingId: meeting.id, entity: 'timeline_import', op: 'deleted' });
  });

  it('goes on when the page reconnects within the grace and sends its next chunk', async () => {
    const { server: running, window, importId, stored, state } = await startedImport();
    window.close();
    await window.closed;
    const again = await page(running);
    ok(await again.call('timeline.import', chunk(importId, 3, 2)));
    await wait(GRACE_MS * 3);
    expect(state()).toBe('running');
    ok(await again.call('timeline.importFinish', { id: importId }));
    expect(stored()).toBe(5);
    // The second connection closing after the finish takes nothing back.
    again.close();
    await wait(GRACE_MS * 3);
    expect(state()).toBe('finished');
    expect(stored()).toBe(5);
  });

  it('leaves a finished import when its window closes', async () => {
    const { window, importId, stored, state } = await startedImport();
    ok(await window.call('timeline.importFinish', { id: importId }));
    window.close();
    await wait(GRACE_MS * 3);
    expect(state()).toBe('finished');
    expect(stored()).toBe(3);
  });
});
