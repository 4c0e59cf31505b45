import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../../src/shared/domain/meeting.ts';
import { createLibrarySearchStore } from '../../../src/renderer/stores/library/library-search-store.ts';
import { clientsOver, settle, useServiceOnTempFile } from '../../harness/index.ts';

describe('library search store over the real service', () => {
  const fixture = useServiceOnTempFile();

  function open() {
    const api = clientsOver(fixture.service);
    const checkout = api.call('meetings.create', { title: 'Checkout outage' }) as Meeting;
    api.call('timeline.add', { meetingId: checkout.id, occurredAt: 1, description: 'Connection pool exhausted' });
    const [, store] = createLibrarySearchStore(api.client);
    const titles = () => store.getState().hits.map((hit) => hit.title);
    return { api, store, checkout, titles };
  }

  it('answers the newest text typed, even when an older search answers last', async () => {
    const { api, store, titles } = open();
    const release = api.hold('library.search');
    const first = store.getState().search('po');
    void store.getState().search('poo');
    void store.getState().search('pool');
    expect(store.getState().state).toBe('searching');
    release();
    await first;
    await settle();
    expect(store.getState()).toMatchObject({ query: 'pool', answered: 'pool', state: 'ready' });
    expect(titles()).toEqual(['Checkout outage']);
    // The first search and one more for the newest text; the text typed in between was never sent.
    expect(api.callsTo('library.search').map((input) => (input as { query: string }).query)).toEqual(['po', 'pool']);
  });

  it('asks nothing for text without a word, and clears', async () => {
    const { api, store } = open();
    await store.getState().search(' "* ');
    expect(store.getState()).toMatchObject({ state: 'idle', hits: [] });
    expect(api.callsTo('library.search')).toEqual([]);
    await store.getState().search('pool');
    store.getState().clear();
    expect(store.getState()).toMatchObject({ query: '', hits: [], state: 'idle' });
  });

  it('reads the results again after a change to any review, while a view watches them', async () => {
    const { api, store, titles } = open();
    await store.getState().search('pool');
    const other = api.call('meetings.create', { title: 'Search latency' }) as Meeting;
    api.call('actions.add', { meetingId: other.id, title: 'Size the pool' });
    await settle();
    expect(titles()).toEqual(['Checkout outage']);

    const stop = store.getState().watch();
    api.call('actions.add', { meetingId: other.id, title: 'Alert on pool saturation' });
    await settle();
    expect(new Set(titles())).toEqual(new Set(['Checkout outage', 'Search latency']));
    stop();
  });
});
