import { afterEach, describe, expect, it } from 'vitest';
import { MAX_BUFFERED_BYTES } from '../../src/main/server/socket-api.ts';
import type { TimelineEvent } from '../../src/shared/domain/timeline.ts';
import { connectAsPage, killAllChildren, seedDatabase, startServeProcess, useTempDir, type TestSocket } from '../harness/index.ts';

/** A timeline whose list is well over the slow-reader limit, as after importing a large Slack export. */
const EVENTS = 60_000;
const CHUNK = 5_000;
const IMPORT_ID = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

function seedLargeTimeline(file: string): Promise<string> {
  return seedDatabase(file, ({ handlers }) => {
    const meeting = handlers['meetings.create']({ title: 'Search outage', incidentId: 'INC-311' });
    handlers['timeline.importStart']({ meetingId: meeting.id, id: IMPORT_ID });
    for (let first = 0; first < EVENTS; first += CHUNK) {
      handlers['timeline.import']({
        importId: IMPORT_ID,
        events: Array.from({ length: CHUNK }, (_, offset) => ({
          occurredAt: Date.UTC(2026, 9, 14, 1, 0) + (first + offset) * 1000,
          description: `Message ${first + offset} in #inc-311: the nightly search index rebuild is still waiting on the lock the backup job holds, and results are a day old`,
          actor: 'Ingrid Halvorsen',
          source: 'slack_import',
          origin: '#inc-311',
        })),
      });
    }
    handlers['timeline.importFinish']({ id: IMPORT_ID });
    return meeting.id;
  });
}

describe('a reply larger than the slow-reader limit', () => {
  const temp = useTempDir('debrief-large-reply-');
  const sockets: TestSocket[] = [];
  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.socket.terminate();
    await killAllChildren();
  });

  it('reaches a page that reads it, while another window types: the page is not taken for a slow reader', async () => {
    const file = temp.file('debrief.sqlite');
    const meetingId = await seedLargeTimeline(file);
    const serve = await startServeProcess(['--port', '0', '--db', file]);
    const page = await connectAsPage(serve);
    const other = await connectAsPage(serve);
    sockets.push(page, other);
    let closedEarly = false;
    void page.closed.then(() => (closedEarly = true));

    // The page asks for its timeline; at once another window adds an event, and the change reaches the page while the
    // list is still on its way to it.
    const listed = page.call('timeline.list', { meetingId });
    const typed = await other.call('timeline.add', { meetingId, occurredAt: Date.UTC(2026, 9, 14, 0, 59), description: 'Typed meanwhile' });
    expect(typed.ok).toBe(true);
    const reply = await listed;
    expect(reply.ok).toBe(true);
    const events = (reply.ok ? reply.result : []) as TimelineEvent[];
    expect(events.length).toBeGreaterThanOrEqual(EVENTS);
    expect(Buffer.byteLength(JSON.stringify(events))).toBeGreaterThan(MAX_BUFFERED_BYTES);
    // It hears the other window's event, on the same connection.
    await page.waitForEvents(1, 10_000);
    expect(page.events.some((event) => event.entity === 'timeline_event' && event.op === 'created')).toBe(true);
    expect(closedEarly).toBe(false);
    expect((await page.call('meetings.get', { id: meetingId })).ok).toBe(true);
  });
});
