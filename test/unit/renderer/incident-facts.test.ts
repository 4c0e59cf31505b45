import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../src/shared/api/errors.ts';
import type { MeetingPatch } from '../../../src/shared/api/meetings.ts';
import type { Meeting } from '../../../src/shared/domain/meeting.ts';
import { factText, localDateTimeText, parseFact, type FactField } from '../../../src/renderer/views/facts/fact-fields.ts';
import type { MethodInput } from '../../../src/shared/api/contract.ts';
import type { ApiClient } from '../../../src/renderer/api/client.ts';
import { createFactsAutosave, createFactsStore } from '../../../src/renderer/stores/facts/facts-store.ts';
import { createUndoStack } from '../../../src/renderer/stores/undo-stack.ts';
import { clientsOver, settle, useServiceOnTempFile } from '../../harness/index.ts';

const BERLIN_14_00 = Date.UTC(2026, 1, 3, 13, 0);

describe('fact fields', () => {
  it.each<[FactField, string, string, MeetingPatch]>([
    ['incidentStartedAt', '2026-02-03T14:00', 'Europe/Berlin', { incidentStartedAt: BERLIN_14_00 }],
    ['incidentEndedAt', '2026-07-01T09:30', 'America/New_York', { incidentEndedAt: Date.UTC(2026, 6, 1, 13, 30) }],
    ['incidentEndedAt', '', 'UTC', { incidentEndedAt: null }],
    ['severity', 'SEV2', 'UTC', { severity: 'SEV2' }],
    ['severity', '', 'UTC', { severity: null }],
    ['reviewedOn', ' 2026-02-05 ', 'UTC', { reviewedOn: '2026-02-05' }],
    ['usersAffected', '12% | EU', 'UTC', { usersAffected: '12% | EU' }],
    // Written in the report panel: the summary, the meeting date and INC-1 to INC-3's fields.
    ['summary', 'Checkout failed. A timeout was cut.', 'UTC', { summary: 'Checkout failed. A timeout was cut.' }],
    ['scheduledAt', '2026-02-05T15:00', 'Europe/Berlin', { scheduledAt: Date.UTC(2026, 1, 5, 14, 0) }],
    ['nextUpdateAt', '2026-02-03T16:30', 'UTC', { nextUpdateAt: Date.UTC(2026, 1, 3, 16, 30) }],
    ['nextUpdateAt', ' ', 'UTC', { nextUpdateAt: null }],
    ['initialHypothesis', 'The processor was down', 'UTC', { initialHypothesis: 'The processor was down' }],
    ['mitigationStrategy', 'Reverted the rollout', 'UTC', { mitigationStrategy: 'Reverted the rollout' }],
    ['residualRisk', 'Other timeouts unchecked', 'UTC', { residualRisk: 'Other timeouts unchecked' }],
  ])('%s typed as "%s" in %s is stored as %o', (field, text, zone, patch) => {
    expect(parseFact(field, text, zone)).toEqual({ ok: true, patch });
  });

  it.each<[FactField, string, string]>([
    ['incidentStartedAt', 'yesterday', 'must be a date and time such as 2026-02-03T14:05'],
    ['incidentStartedAt', '2026-13-03T14:00', 'must be a real date and time'],
    ['severity', 'SEV9', 'must be SEV1, SEV2, SEV3 or SEV4'],
  ])('%s refuses "%s": %s', (field, text, message) => {
    expect(parseFact(field, text, 'UTC')).toEqual({ ok: false, message });
  });

  it('shows stored instants in the meeting zone, and round-trips them', () => {
    expect(localDateTimeText(BERLIN_14_00, 'Europe/Berlin')).toBe('2026-02-03T14:00');
    const meeting = { incidentStartedAt: BERLIN_14_00, timeZone: 'Europe/Berlin', severity: null, reviewedOn: null } as Meeting;
    expect(factText(meeting, 'incidentStartedAt')).toBe('2026-02-03T14:00');
    expect(factText(meeting, 'severity')).toBe('');
  });
});

const fixture = useServiceOnTempFile();

/**
 * The facts store over the real service, opened on a new meeting, and the autosave over it. `refuseNext` and
 * `refuseAll` make the service's answer to the next (or every) update a refusal.
 */
async function autosave() {
  const api = clientsOver(fixture.service);
  const meeting = api.call('meetings.create', { title: 'Checkout outage', timeZone: 'UTC' }) as Meeting;
  const patches: MeetingPatch[] = [];
  let refuseAll: unknown = null;
  const client: ApiClient = {
    ...api.client,
    async call(method, input) {
      if (method === 'meetings.update') {
        patches.push((input as MethodInput<'meetings.update'>).patch);
        if (refuseAll) throw refuseAll;
      }
      return api.client.call(method, input);
    },
  };
  const [, undo] = createUndoStack();
  const [, facts] = createFactsStore(client, undo);
  await facts.getState().open(meeting.id);
  const [, store] = createFactsAutosave({ meetingId: meeting.id, facts, delayMs: 5, retryMs: 5 });
  return {
    store,
    facts,
    api,
    patches,
    current: () => api.call('meetings.get', { id: meeting.id }),
    refuseNext: (error: unknown) => api.failNext('meetings.update', error),
    refuseAll: (error: unknown) => (refuseAll = error),
  };
}

describe('facts autosave', () => {
  it('sends every field typed during a pause as one update, then says saved', async () => {
    const { store, patches, current } = await autosave();
    store.getState().edit('author', 'Pri');
    store.getState().edit('author', 'Priya');
    store.getState().edit('reviewers', 'Sam, Jo');
    expect(store.getState().save).toBe('pending');
    await settle(20);
    expect(patches).toEqual([{ author: 'Priya', reviewers: 'Sam, Jo' }]);
    expect(store.getState()).toMatchObject({ save: 'saved', drafts: {}, errors: {} });
    expect(current()).toMatchObject({ author: 'Priya', reviewers: 'Sam, Jo' });
  });

  it('saves what was typed when the facts panel is left for another meeting before the pause ends', async () => {
    const { store, facts, api, current } = await autosave();
    store.getState().edit('author', 'Priya');
    const other = api.call('meetings.create', { title: 'Search latency', timeZone: 'UTC' }) as Meeting;
    await facts.getState().open(other.id);
    await store.getState().flush();
    expect(current()).toMatchObject({ author: 'Priya' });
    expect((api.call('meetings.get', { id: other.id }) as Meeting).author).not.toBe('Priya');
    expect(store.getState()).toMatchObject({ save: 'saved', drafts: {} });
  });

  it('keeps a refused field with its reason and saves the others', async () => {
    const { store, patches } = await autosave();
    store.getState().edit('timeZone', 'Mars/Olympus');
    store.getState().edit('dataLoss', 'None');
    await store.getState().flush();
    expect(patches).toEqual([{ dataLoss: 'None' }]);
    expect(store.getState()).toMatchObject({
      save: 'error',
      drafts: { timeZone: 'Mars/Olympus' },
      errors: { timeZone: 'must be an IANA time zone such as UTC or Europe/Berlin' },
    });
  });

  it('puts a refusal from the service next to the field it names', async () => {
    const h = await autosave();
    h.refuseNext(new ApiError('invalid_input', 'patch.incidentEndedAt: the incident cannot end before it started', 'patch.incidentEndedAt'));
    h.store.getState().edit('incidentEndedAt', '2026-02-03T10:00');
    await h.store.getState().flush();
    expect(h.store.getState().errors).toEqual({ incidentEndedAt: 'the incident cannot end before it started' });
    expect(h.store.getState().drafts).toEqual({ incidentEndedAt: '2026-02-03T10:00' });
  });

  it('keeps everything typed when the connection fails, and tries again', async () => {
    const h = await autosave();
    h.refuseNext(new Error('The connection to Debrief was lost'));
    h.store.getState().edit('revenueImpact', 'About 40k EUR');
    await h.store.getState().flush();
    expect(h.store.getState()).toMatchObject({ save: 'error', drafts: { revenueImpact: 'About 40k EUR' } });
    expect(h.store.getState().saveMessage).toContain('trying again');
    await settle(20);
    expect(h.store.getState()).toMatchObject({ save: 'saved', drafts: {} });
    expect(h.current()).toMatchObject({ revenueImpact: 'About 40k EUR' });
  });

  it.each([
    ['disk_full', 'Not saved: the disk that holds /data/debrief.sqlite is full. Free some space on it, then try again; nothing was changed.'],
    ['read_only', 'Not saved: /data/debrief.sqlite (or its folder) is read-only. Make it writable, then restart Debrief; nothing was changed.'],
    ['damaged', 'Not saved: /data/debrief.sqlite is damaged, and Debrief will not write to it again.'],
  ] as const)('on %s shows the service’s sentence, keeps what was typed, and does not retry on a timer', async (code, message) => {
    const h = await autosave();
    h.refuseAll(new ApiError(code, message));
    h.store.getState().edit('revenueImpact', 'About 40k EUR');
    await h.store.getState().flush();
    await settle(40);
    expect(h.patches).toHaveLength(1);
    expect(h.store.getState()).toMatchObject({ save: 'error', saveMessage: message, drafts: { revenueImpact: 'About 40k EUR' } });
    // Typing again is the user asking again.
    h.store.getState().edit('dataLoss', 'None');
    await h.store.getState().flush();
    expect(h.patches).toHaveLength(2);
  });
});

describe('facts store', () => {
  it('follows another window’s change to the facts, and keeps the save state of its own update', async () => {
    const api = clientsOver(fixture.service);
    const meeting = api.call('meetings.create', { title: 'Checkout outage', timeZone: 'UTC' }) as Meeting;
    const [, undo] = createUndoStack();
    const [, facts] = createFactsStore(api.client, undo);
    await facts.getState().open(meeting.id);
    api.call('meetings.update', { id: meeting.id, patch: { author: 'Sam' } });
    await settle();
    expect(facts.getState().items[0]).toMatchObject({ id: meeting.id, author: 'Sam' });

    expect((await facts.getState().update(meeting.id, { dataLoss: 'None' })).ok).toBe(true);
    expect(facts.getState().statuses[meeting.id]).toEqual({ state: 'saved' });
    api.failNext('meetings.update', new ApiError('disk_full', 'The disk is full.'));
    expect((await facts.getState().update(meeting.id, { dataLoss: 'Some' })).ok).toBe(false);
    expect(facts.getState().statuses[meeting.id]).toEqual({ state: 'error', message: 'The disk is full.', canRetry: false, lasting: true });
  });
});
