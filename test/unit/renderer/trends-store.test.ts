import { beforeEach, describe, expect, it } from 'vitest';
import type { Meeting } from '../../../src/shared/domain/meeting.ts';
import { createTrendsStore } from '../../../src/renderer/stores/trends/trends-store.ts';
import { clientsOver, seedTrendReviews, settle, useServiceOnTempFile } from '../../harness/index.ts';

describe('the trends store over the real service', () => {
  const fixture = useServiceOnTempFile();
  let api: ReturnType<typeof clientsOver>;
  beforeEach(() => {
    api = clientsOver(fixture.service);
  });

  it('reads the trends, keeps to a period, and reads again on a change only while open', async () => {
    seedTrendReviews(fixture.service);
    // Read again at once after a change, rather than after the pause a window waits for.
    const [, store] = createTrendsStore(api.newClient(), 0);
    await store.getState().open();
    expect(store.getState()).toMatchObject({ loadState: 'ready', loadError: null });
    expect(store.getState().trends?.months).toEqual(['2026-09', '2026-10', '2026-11']);
    // "Today" is the user's date, sent with every read.
    expect(api.callsTo('trends.get')[0]).toMatchObject({ today: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });

    await store.getState().setPeriod({ from: '2026-11', until: '' });
    expect(store.getState().period).toEqual({ from: '2026-11' });
    expect(store.getState().trends?.reviewCount).toBe(2);

    // Another window records a review in November: read again while the view is open…
    const added = api.call('meetings.create', { title: 'Queue backlog', timeZone: 'UTC' }) as Meeting;
    api.call('meetings.update', { id: added.id, patch: { incidentStartedAt: Date.UTC(2026, 10, 28, 9, 0) } });
    await new Promise((resolve) => setTimeout(resolve, 10));
    await settle();
    expect(store.getState().trends?.reviewCount).toBe(3);

    // …but not once it is closed.
    store.getState().close();
    const reads = api.callsTo('trends.get').length;
    api.call('meetings.update', { id: added.id, patch: { severity: 'SEV2' } });
    await new Promise((resolve) => setTimeout(resolve, 10));
    await settle();
    expect(api.callsTo('trends.get').length).toBe(reads);
  });

  it('reads again once after a burst of changes, not once per change', async () => {
    seedTrendReviews(fixture.service);
    const [, store] = createTrendsStore(api.newClient(), 50);
    await store.getState().open();
    const reads = api.callsTo('trends.get').length;
    const added = api.call('meetings.create', { title: 'Queue backlog', timeZone: 'UTC' }) as Meeting;
    for (const severity of ['SEV1', 'SEV2', 'SEV3'] as const) api.call('meetings.update', { id: added.id, patch: { severity } });
    await new Promise((resolve) => setTimeout(resolve, 120));
    await settle();
    expect(api.callsTo('trends.get').length).toBe(reads + 1);
    expect(store.getState().trends?.reviewCount).toBe(5);
    store.getState().close();
  });

  it('says why when the trends cannot be read', async () => {
    const [, store] = createTrendsStore(api.newClient());
    await store.getState().setPeriod({ from: '2026-11', until: '2026-10' });
    expect(store.getState()).toMatchObject({ loadState: 'error', loadError: expect.stringContaining('must not be before the first month') });
  });
});
