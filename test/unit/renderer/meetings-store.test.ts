import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../src/shared/api/errors.ts';
import type { Meeting } from '../../../src/shared/domain/meeting.ts';
import { createMeetingsStore } from '../../../src/renderer/stores/library/meetings-store.ts';
import { createUndoStack } from '../../../src/renderer/stores/undo-stack.ts';
import { clientsOver, settle, useServiceOnTempFile } from '../../harness/index.ts';

const MEETING = '11111111-1111-4111-8111-111111111111';

describe('meetings store over the real service', () => {
  const fixture = useServiceOnTempFile();
  function setup() {
    const api = clientsOver(fixture.service);
    const [, undo] = createUndoStack();
    const [, store] = createMeetingsStore(api.client, undo);
    return { api, store, undo };
  }

  it.each([
    ['an empty title', { title: '  ' }, 'title', 'must not be empty'],
    ['a title of zero width spaces', { title: '\u200b\u200b' }, 'title', 'must not be empty'],
    ['a title of bidi controls', { title: '\u202e\u2066\u2069' }, 'title', 'must not be empty'],
    ['a title starting with NUL', { title: '\u0000Outage' }, 'title', 'must not contain the NUL character (U+0000); remove it and try again'],
    [
      'an incident id with a NUL',
      { title: 'Outage', incidentId: 'INC\u00001' },
      'incidentId',
      'must not contain the NUL character (U+0000); remove it and try again',
    ],
    ['an incident id that is too long', { title: 'Outage', incidentId: 'I'.repeat(65) }, 'incidentId', 'must be at most 64 characters'],
  ])('refuses %s before sending, naming the field', async (_name, fields, field, message) => {
    const { api, store } = setup();
    const result = await store.getState().createMeeting({ incidentId: '', severity: null, timeZone: 'UTC', ...fields });
    expect(result).toEqual({ ok: false, error: { field, message } });
    expect(api.callsTo('meetings.create')).toEqual([]);
  });

  it('shows what the service refused next to the field it names', async () => {
    const { api, store } = setup();
    api.failNext('meetings.create', new ApiError('invalid_input', 'timeZone: must be an IANA time zone such as UTC or Europe/Berlin', 'timeZone'));
    const result = await store.getState().createMeeting({ title: 'Outage', incidentId: '', severity: null, timeZone: 'UTC' });
    // The form has no time-zone field, so the whole sentence stays, field name included.
    expect(result).toEqual({ ok: false, error: { field: null, message: 'timeZone: must be an IANA time zone such as UTC or Europe/Berlin' } });
  });

  it('creates a meeting with a client-chosen id and lists it', async () => {
    const { api, store } = setup();
    await store.getState().loadList();
    const result = await store.getState().createMeeting({ title: 'Checkout errors', incidentId: 'INC-2041', severity: 'SEV2', timeZone: 'Europe/Berlin' });
    expect(result.ok).toBe(true);
    const created = result.ok ? result.value : null;
    expect(created?.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(api.callsTo('meetings.create')).toEqual([
      { id: created?.id, title: 'Checkout errors', incidentId: 'INC-2041', severity: 'SEV2', timeZone: 'Europe/Berlin' },
    ]);
    await settle();
    expect(store.getState().summaries.map((summary) => summary.title)).toEqual(['Checkout errors']);
  });

  it('refetches the list on changes only once the list has been asked for', async () => {
    const { api, store } = setup();
    api.call('meetings.create', { title: 'Before the list was asked for' });
    await settle();
    expect(api.callsTo('meetings.list')).toEqual([]);

    await store.getState().loadList();
    api.call('meetings.delete', { id: store.getState().summaries[0]?.id ?? '' });
    api.call('meetings.create', { id: MEETING, title: 'From another window' });
    await settle();
    expect(store.getState().summaries.map((summary) => summary.title)).toEqual(['From another window']);
  });

  it('keeps an open meeting in step with changes made elsewhere', async () => {
    const { api, store } = setup();
    const meeting = api.call('meetings.create', { title: 'Before' }) as Meeting;
    await store.getState().openMeeting(meeting.id);
    api.call('meetings.update', { id: meeting.id, patch: { title: 'After' } });
    await settle();
    expect(store.getState().meetings[meeting.id]?.title).toBe('After');
  });

  it('marks a meeting that does not exist as not found', async () => {
    const { store } = setup();
    await store.getState().openMeeting(MEETING);
    expect(store.getState().problems[MEETING]).toMatchObject({ notFound: true });
  });

  it('deletes a meeting, and undo brings it back as it was: same id, same title, its timeline', async () => {
    const { api, store, undo } = setup();
    const created = await store.getState().createMeeting({ title: 'Checkout outage', incidentId: 'INC-2041', severity: 'SEV2', timeZone: 'UTC' });
    if (!created.ok) throw new Error('not created');
    const meetingId = created.value.id;
    await api.client.call('timeline.add', {
      meetingId,
      occurredAt: Date.UTC(2026, 1, 3, 14, 0),
      precision: 'minute',
      description: 'Deploy started',
      actor: 'CI',
    });
    await store.getState().deleteMeeting(meetingId);
    await expect(api.client.call('meetings.get', { id: meetingId })).rejects.toMatchObject({ code: 'not_found' });
    expect(undo.getState().deletions.map(({ verb, text }) => ({ verb, text }))).toEqual([{ verb: 'Deleted the meeting', text: 'Checkout outage' }]);

    undo.getState().undoLast();
    await settle();
    const back = await api.client.call('meetings.get', { id: meetingId });
    expect(back).toMatchObject({ id: meetingId, title: 'Checkout outage', incidentId: 'INC-2041', severity: 'SEV2' });
    const events = await api.client.call('timeline.list', { meetingId });
    expect(events.map((event) => event.description)).toEqual(['Deploy started']);
    await settle();
    expect(store.getState().summaries.map((summary) => summary.id)).toContain(meetingId);
  });
});
