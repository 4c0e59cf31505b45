import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch.ts';
import type { ChangeEvent } from '../../src/shared/api/events.ts';
import type { ActionItem } from '../../src/shared/domain/actions.ts';
import type { Person, PersonUpdate } from '../../src/shared/domain/person.ts';
import type { ReminderSettings, ReminderState } from '../../src/shared/reminders/overdue.ts';
import { databaseSnapshot, failure, ok, useServiceOnTempFile } from '../harness/index.ts';

const DAY = 86_400_000;

describe('the people directory, on a real SQLite file', () => {
  const fixture = useServiceOnTempFile();
  const call = (method: string, input: unknown) => dispatch(fixture.service, method, input);
  const meeting = (title = 'Checkout outage', incidentId = 'INC-7') => ok<{ id: string }>(call('meetings.create', { title, incidentId })).id;
  const action = (meetingId: string, fields: Record<string, unknown>) => ok<ActionItem>(call('actions.add', { meetingId, title: 'Do it', ...fields }));

  it('adds, lists by name, edits and deletes people, with their tracker identities', () => {
    const bo = ok<Person>(call('people.add', { name: 'Bo Chen', githubLogin: 'bo-chen' }));
    const ana = ok<Person>(call('people.add', { name: ' Ana Lima ', email: 'ana@example.com', jiraUser: 'ana@example.com', githubLogin: 'analima' }));
    expect(ana).toMatchObject({ name: 'Ana Lima', email: 'ana@example.com', jiraUser: 'ana@example.com', githubLogin: 'analima' });
    expect(ok<Person[]>(call('people.list', {})).map((person) => person.name)).toEqual(['Ana Lima', 'Bo Chen']);

    const updated = ok<PersonUpdate>(call('people.update', { id: bo.id, patch: { email: 'bo@example.com', githubLogin: '' } }));
    expect(updated).toEqual({ person: expect.objectContaining({ email: 'bo@example.com', githubLogin: '' }) as unknown, ownersRenamed: 0, ownersKept: 0 });

    expect(ok(call('people.delete', { id: bo.id }))).toEqual({ id: bo.id });
    expect(failure(call('people.delete', { id: bo.id })).code).toBe('not_found');
    expect(ok<Person[]>(call('people.list', {})).map((person) => person.name)).toEqual(['Ana Lima']);
  });

  it('keeps names unique ignoring case, in any script, and changes nothing when it refuses', () => {
    ok(call('people.add', { name: 'Élodie Durand' }));
    const other = ok<Person>(call('people.add', { name: 'Other' }));
    const before = databaseSnapshot(fixture.db, ['people']);
    for (const name of ['ÉLODIE DURAND', 'élodie durand']) {
      expect(failure(call('people.add', { name }))).toMatchObject({
        code: 'conflict',
        field: 'name',
        message: expect.stringContaining('already in the directory'),
      });
    }
    expect(failure(call('people.update', { id: other.id, patch: { name: 'élodie DURAND' } })).field).toBe('name');
    expect(databaseSnapshot(fixture.db, ['people'])).toBe(before);
    expect(ok<Person[]>(call('people.list', {})).map((person) => person.name)).toEqual(['Élodie Durand', 'Other']);
  });

  it.each([
    ['email', 'not-an-address', /e-mail address/],
    ['jiraUser', 'ana lima', /without spaces/],
    ['githubLogin', '-ana', /GitHub login/],
    ['githubLogin', 'ana--lima', /GitHub login/],
    ['githubLogin', 'a'.repeat(40), /at most 39/],
    ['githubLogin', 'ana_lima', /GitHub login/],
  ])('refuses a bad %s (%s), naming the field', (field, value, message) => {
    const refused = failure(call('people.add', { name: 'Ana', [field]: value }));
    expect(refused).toMatchObject({ code: 'invalid_input', field });
    expect(refused.message).toMatch(message);
    expect(ok<Person[]>(call('people.list', {}))).toEqual([]);
  });

  it('takes a 39-character login and single hyphens', () => {
    expect(ok<Person>(call('people.add', { name: 'Long', githubLogin: `a-${'b'.repeat(37)}` })).githubLogin).toHaveLength(39);
  });

  it('stores a re-sent add once, and undo brings back the same person by id', () => {
    const id = crypto.randomUUID();
    const first = ok<Person>(call('people.add', { id, name: 'Ana Lima' }));
    expect(ok<Person>(call('people.add', { id, name: 'Ana Lima' }))).toEqual(first);
    ok(call('people.delete', { id }));
    expect(ok<Person>(call('people.add', { id, name: 'Ana Lima' })).id).toBe(id);
  });

  it('renames the owner of every item that named the person, in one transaction, except in published reviews', () => {
    const events: ChangeEvent[] = [];
    fixture.service.onChange((event) => events.push(event));
    const draft = meeting('Draft review', 'INC-1');
    const published = meeting('Published review', 'INC-2');
    const a = action(draft, { owner: 'Ana Lima' });
    const b = action(draft, { owner: 'ana lima' });
    const c = action(draft, { owner: 'Bo Chen' });
    const d = action(published, { owner: 'Ana Lima' });
    ok(call('review.setState', { meetingId: published, state: 'in_review' }));
    ok(call('review.setState', { meetingId: published, state: 'published' }));
    const ana = ok<Person[]>(call('people.list', {})).find((person) => person.name === 'Ana Lima') ?? ok<Person>(call('people.add', { name: 'Ana Lima' }));
    events.length = 0;

    const renamed = ok<PersonUpdate>(call('people.update', { id: ana.id, patch: { name: 'Ana Lima-Souza' } }));
    expect(renamed).toMatchObject({ person: { name: 'Ana Lima-Souza' }, ownersRenamed: 2, ownersKept: 1 });
    const owners = (meetingId: string) => ok<ActionItem[]>(call('actions.list', { meetingId })).map((item) => [item.id, item.owner]);
    expect(owners(draft)).toEqual([
      [a.id, 'Ana Lima-Souza'],
      [b.id, 'Ana Lima-Souza'],
      [c.id, 'Bo Chen'],
    ]);
    expect(owners(published)).toEqual([[d.id, 'Ana Lima']]);
    expect(events.filter((event) => event.entity === 'action_item').map((event) => [event.meetingId, event.entityId])).toEqual([
      [draft, a.id],
      [draft, b.id],
    ]);
    expect(events.at(-1)).toMatchObject({ entity: 'person', entityId: ana.id, op: 'updated' });
  });

  it('records a rename in a circulated review as an edit of its action items, for its reviewers to see', () => {
    const circulated = meeting('Circulated review', 'INC-3');
    action(circulated, { owner: 'Ana Lima' });
    ok(call('review.setState', { meetingId: circulated, state: 'in_review' }));
    const ana = ok<Person>(call('people.add', { name: 'Ana Lima' }));
    ok(call('people.update', { id: ana.id, patch: { email: 'ana@example.com' } }));
    const edits = () =>
      ok<{ history: { kind: string; detail: string }[] }>(call('review.get', { meetingId: circulated })).history.filter(
        (entry) => entry.kind === 'edit_after_circulation',
      );
    expect(edits()).toEqual([]);

    ok(call('people.update', { id: ana.id, patch: { name: 'Ana Souza' } }));
    expect(edits().map((entry) => entry.detail)).toEqual(['Action items']);
  });

  it('is the facilitator’s: a note-taker’s session may not read or change it', async () => {
    const { checkNoteTakerCall } = await import('../../src/main/joining/note-taker-access.ts');
    const session = { id: 's1', meetingId: meeting(), name: 'Note taker', createdAt: 1 } as never;
    for (const method of ['people.list', 'people.add', 'reminders.get']) {
      expect(checkNoteTakerCall(fixture.db, session, method, {})).toMatchObject({ ok: false });
    }
  });
});

describe('the daily reminder’s facts, on a real SQLite file', () => {
  const now = Date.parse('2026-12-06T09:00:00Z');
  const fixture = useServiceOnTempFile(() => ({ clock: () => now }));
  const call = (method: string, input: unknown) => dispatch(fixture.service, method, input);
  const state = (today = '2026-12-06') => ok<ReminderState>(call('reminders.get', { today, now }));

  it('asks once: nobody is set until the user answers, and "not now" is an answer too', () => {
    expect(state()).toEqual({ me: null, asked: false, lastShownOn: null, overdueItems: [], overdueReviews: [] });
    expect(ok<ReminderSettings>(call('reminders.setMe', { personId: null }))).toEqual({ me: null, asked: true, lastShownOn: null });
    expect(failure(call('reminders.setMe', { personId: crypto.randomUUID() })).code).toBe('not_found');
  });

  it('lists what the user owns that is overdue, and the reviews they facilitate that are overdue', () => {
    const meetingId = ok<{ id: string }>(call('meetings.create', { title: 'Checkout outage', incidentId: 'INC-7', severity: 'SEV1' })).id;
    const add = (title: string, owner: string, dueOn: string | null, status = 'open') =>
      ok<ActionItem>(call('actions.add', { meetingId, title, owner, dueOn, status }));
    const late = add('Add the alert', 'ana lima', '2026-12-05');
    add('Due today', 'Ana Lima', '2026-12-06');
    add('Done already', 'Ana Lima', '2026-12-01', 'done');
    add('Cancelled', 'Ana Lima', '2026-12-01', 'cancelled');
    add('Someone else', 'Bo Chen', '2026-12-01');
    add('No date', 'Ana Lima', null);
    // A SEV1 whose incident ended three days ago and whose review meeting was never held is overdue (48 hours).
    ok(call('meetings.update', { id: meetingId, patch: { incidentStartedAt: now - 4 * DAY, incidentEndedAt: now - 3 * DAY } }));
    ok(call('participants.add', { meetingId, name: 'ANA LIMA', role: 'facilitator' }));
    const ana = ok<Person>(call('people.add', { name: 'Ana Lima' }));
    expect(ok<ReminderSettings>(call('reminders.setMe', { personId: ana.id }))).toMatchObject({ me: { name: 'Ana Lima' }, asked: true });

    const reminder = state();
    expect(reminder.overdueItems).toEqual([{ id: late.id, meetingId, title: 'Add the alert', dueOn: '2026-12-05', review: 'INC-7 Checkout outage' }]);
    expect(reminder.overdueReviews).toEqual([{ meetingId, review: 'INC-7 Checkout outage', overdue: ['review'] }]);

    expect(ok<ReminderSettings>(call('reminders.markShown', { on: '2026-12-06' })).lastShownOn).toBe('2026-12-06');
    expect(state().lastShownOn).toBe('2026-12-06');
    ok(call('people.delete', { id: ana.id }));
    expect(state()).toMatchObject({ me: null, overdueItems: [], overdueReviews: [] });
  });
});
