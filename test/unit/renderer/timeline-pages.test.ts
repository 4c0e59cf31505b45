import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../../src/shared/domain/meeting.ts';
import type { TimelineEvent } from '../../../src/shared/domain/timeline.ts';
import type { ApiClient } from '../../../src/renderer/api/client.ts';
import { createTimelineStore } from '../../../src/renderer/stores/timeline/timeline-store.ts';
import { createUndoStack } from '../../../src/renderer/stores/undo-stack.ts';
import { clientsOver, settle, useServiceOnTempFile } from '../../harness/index.ts';

const START = Date.parse('2026-02-03T14:00:00Z');
const EVENTS = 6_500;
const IMPORT_ID = '1b2c3d4e-0000-4000-8000-0000000000a1';

/**
 * Issue 17: a window reads a large timeline in pages of 5,000, so other windows' calls are answered in between. A
 * change made while the later pages are on their way must still show once the timeline has landed.
 */
describe('timeline store: a large timeline read in pages, over the real service', () => {
  const fixture = useServiceOnTempFile();

  function meetingWithImport() {
    const api = clientsOver(fixture.service);
    const meeting = api.call('meetings.create', { title: 'Checkout outage' }) as Meeting;
    api.call('timeline.importStart', { meetingId: meeting.id, id: IMPORT_ID });
    for (let first = 0; first < EVENTS; first += 5_000) {
      const events = Array.from({ length: Math.min(5_000, EVENTS - first) }, (_, offset) => ({
        occurredAt: START + (first + offset) * 1_000,
        description: `Log line ${first + offset}`,
        source: 'csv_import' as const,
      }));
      api.call('timeline.import', { importId: IMPORT_ID, events });
    }
    api.call('timeline.importFinish', { id: IMPORT_ID });
    const firstEvent = (api.call('timeline.list', { meetingId: meeting.id, limit: 1 }) as TimelineEvent[])[0];
    if (!firstEvent) throw new Error('nothing imported');
    return { api, meeting, firstEvent };
  }

  /** The client, with `beforeSecondPage` run (as another window) just before the second page is asked for. */
  function clientDoingBeforeSecondPage(api: ReturnType<typeof clientsOver>, beforeSecondPage: () => unknown): ApiClient {
    let done = false;
    const client = api.newClient();
    return {
      ...client,
      async call(method, input) {
        if (method === 'timeline.list' && !done && input && typeof input === 'object' && 'after' in input) {
          done = true;
          await beforeSecondPage();
          await settle();
        }
        return client.call(method, input);
      },
    };
  }

  async function open(client: ApiClient, meetingId: string) {
    const [, undo] = createUndoStack();
    const [, store] = createTimelineStore(client, undo);
    await store.getState().open(meetingId);
    await settle();
    return store;
  }

  it('asks for the timeline in pages of at most 5,000 and shows every event once, in order', async () => {
    const { api, meeting } = meetingWithImport();
    const store = await open(api.client, meeting.id);
    const pages = api.callsTo('timeline.list') as Array<{ limit?: number }>;
    expect(pages.map((page) => page.limit)).toEqual([5_000, 5_000]);
    const shown = store.getState().items;
    expect(shown).toHaveLength(EVENTS);
    expect(shown.map((event) => event.description)).toEqual(Array.from({ length: EVENTS }, (_, index) => `Log line ${index}`));
  });

  it('shows an edit another window made to a first-page event while the second page was on its way', async () => {
    const { api, meeting, firstEvent } = meetingWithImport();
    const client = clientDoingBeforeSecondPage(api, () => api.call('timeline.update', { id: firstEvent.id, patch: { description: 'Deploy of 4.2 started' } }));
    const store = await open(client, meeting.id);
    expect(store.getState().items[0]?.description).toBe('Deploy of 4.2 started');
    expect(store.getState().items).toHaveLength(EVENTS);
  });

  it('leaves out an event another window deleted while the second page was on its way', async () => {
    const { api, meeting, firstEvent } = meetingWithImport();
    const client = clientDoingBeforeSecondPage(api, () => api.call('timeline.delete', { id: firstEvent.id }));
    const store = await open(client, meeting.id);
    expect(store.getState().items.some((event) => event.id === firstEvent.id)).toBe(false);
    expect(store.getState().items).toHaveLength(EVENTS - 1);
  });

  it("keeps this window's own add stored while the second page was on its way", async () => {
    const { api, meeting } = meetingWithImport();
    const opened: { store?: Awaited<ReturnType<typeof open>> } = {};
    const client = clientDoingBeforeSecondPage(api, () =>
      opened.store?.getState().add({ occurredAt: START - 60_000, precision: 'minute', description: 'Alert fired', actor: '' }),
    );
    const [, undo] = createUndoStack();
    const [, store] = createTimelineStore(client, undo);
    opened.store = store;
    await store.getState().open(meeting.id);
    await settle();
    expect(store.getState().items[0]?.description).toBe('Alert fired');
    expect(store.getState().items).toHaveLength(EVENTS + 1);
    expect(store.getState().drafts).toEqual({});
  });
});
