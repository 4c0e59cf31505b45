import { beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch.ts';
import { checkNoteTakerCall, NOTE_TAKER_RULES } from '../../src/main/joining/note-taker-access.ts';
import { METHODS, type Method } from '../../src/shared/api/contract.ts';
import type { CallResponse } from '../../src/shared/api/wire.ts';
import type { NoteTakerSession } from '../../src/shared/joining/joining.ts';
import { useServiceOnTempFile, ok } from '../harness/index.ts';

/** What a note-taker may do, method by method; anything missing here fails the first test. */
const ALLOWED: readonly Method[] = [
  'changes.since',
  'meetings.get',
  'timeline.list',
  'timeline.get',
  'timeline.add',
  'timeline.update',
  'timeline.delete',
  'whys.list',
  'whys.add',
  'whys.update',
  'whys.delete',
  'notes.list',
  'notes.add',
  'notes.update',
  'notes.delete',
  'tags.list',
  'conflicts.list',
  'participants.list',
  'agenda.get',
  'actions.list',
  'actions.add',
  'actions.update',
  'actions.delete',
  'actions.move',
  'actions.listDismissedChecks',
  // Evidence is captured like notes: a note-taker attaches screenshots and links to their meeting's items.
  'evidence.list',
  'evidence.get',
  'evidence.upload',
  'evidence.addLink',
  'evidence.update',
  'evidence.delete',
  'evidence.image',
  // The review's state, reviewers and history show only what the meeting's report already shows.
  'review.get',
];

describe('what a paired note-taker may do, on a real SQLite file', () => {
  const fixture = useServiceOnTempFile();
  let mine: string;
  let theirs: string;
  let session: NoteTakerSession;

  const call = (method: string, input: unknown) => dispatch(fixture.service, method, input);
  /** The join server's path for one call: the access check, then the same dispatch() as everyone. */
  const asNoteTaker = (method: string, input: unknown) => {
    const checked = checkNoteTakerCall(fixture.db, session, method, input);
    return checked.ok ? { status: 200, response: dispatch(fixture.service, checked.method, checked.input) } : checked;
  };
  const counts = () =>
    Object.fromEntries(
      ['meetings', 'timeline_events', 'whys', 'notes', 'action_items', 'agenda_sections'].map((table) => [
        table,
        (fixture.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n,
      ]),
    );

  beforeEach(() => {
    mine = ok<{ id: string }>(call('meetings.create', { title: 'Checkout outage', incidentId: 'INC-1' })).id;
    theirs = ok<{ id: string }>(call('meetings.create', { title: 'Other team review', incidentId: 'INC-2' })).id;
    session = { role: 'note_taker', sessionId: 's-1', meetingId: mine, name: 'Priya' };
  });

  it('has a decision for every method of the contract, and allows exactly the capture methods', () => {
    expect(Object.keys(NOTE_TAKER_RULES).sort()).toEqual([...METHODS].sort());
    const allowed = METHODS.filter((method) => NOTE_TAKER_RULES[method].access !== 'refused');
    expect(allowed.sort()).toEqual([...ALLOWED].sort());
  });

  it('adds and edits in their meeting with their name as author, whatever author the page sends', () => {
    const added = asNoteTaker('timeline.add', {
      meetingId: mine,
      occurredAt: Date.UTC(2026, 10, 20, 14, 5),
      description: 'Error rate rose',
      author: 'Someone else',
    });
    expect(added.status).toBe(200);
    const event = ok<{ id: string; author: string }>((added as { response: CallResponse }).response);
    expect(event.author).toBe('Priya');

    const edited = asNoteTaker('timeline.update', { id: event.id, patch: { description: 'Error rate rose to 5%', author: 'Mallory' } });
    expect(edited.status).toBe(200);
    expect(ok<{ description: string; author: string }>((edited as { response: CallResponse }).response)).toMatchObject({
      description: 'Error rate rose to 5%',
      author: 'Priya',
    });

    const why = ok<{ author: string }>(
      (asNoteTaker('whys.add', { meetingId: mine, parentId: null, text: 'Checkout failed', kind: 'problem' }) as { response: CallResponse }).response,
    );
    expect(why.author).toBe('Priya');
    const note = ok<{ author: string }>(
      (asNoteTaker('notes.add', { meetingId: mine, category: 'went_well', text: 'The rollback was quick' }) as { response: CallResponse }).response,
    );
    expect(note.author).toBe('Priya');

    const item = ok<{ id: string; author: string }>(
      (asNoteTaker('actions.add', { meetingId: mine, title: 'Add a canary stage', author: 'Someone else' }) as { response: CallResponse }).response,
    );
    expect(item.author).toBe('Priya');
    const bare = ok<{ author: string }>(
      (asNoteTaker('actions.add', { meetingId: mine, title: 'Review config changes' }) as { response: CallResponse }).response,
    );
    expect(bare.author).toBe('Priya');
    const renamed = asNoteTaker('actions.update', { id: item.id, patch: { owner: '@sam', author: 'Mallory' } });
    expect(ok<{ owner: string; author: string }>((renamed as { response: CallResponse }).response)).toMatchObject({ owner: '@sam', author: 'Priya' });
    expect(fixture.db.prepare('SELECT author FROM action_items WHERE id = ?').get(item.id)).toEqual({ author: 'Priya' });
    // The facilitator's own adds are not stamped with anyone's name.
    expect(ok<{ author: string }>(call('actions.add', { meetingId: mine, title: 'Facilitator item' })).author).toBe('');
  });

  it('cannot read or change another meeting: its rows answer as missing, and nothing changes', () => {
    const foreignEvent = ok<{ id: string }>(
      call('timeline.add', { meetingId: theirs, occurredAt: Date.UTC(2026, 10, 20, 9, 0), description: 'Other team event' }),
    );
    const foreignWhy = ok<{ id: string }>(call('whys.add', { meetingId: theirs, parentId: null, text: 'Other problem', kind: 'problem' }));
    const before = counts();

    const attempts: Array<[string, unknown]> = [
      ['meetings.get', { id: theirs }],
      ['timeline.list', { meetingId: theirs }],
      ['timeline.get', { id: foreignEvent.id }],
      ['timeline.update', { id: foreignEvent.id, patch: { description: 'changed' } }],
      ['timeline.delete', { id: foreignEvent.id }],
      ['timeline.add', { meetingId: theirs, occurredAt: Date.UTC(2026, 10, 20, 9, 1), description: 'sneaked in' }],
      // A client-chosen id that is another meeting's row must not be reached through a "retried" add.
      ['timeline.add', { id: foreignEvent.id, meetingId: mine, occurredAt: Date.UTC(2026, 10, 20, 9, 1), description: 'retry' }],
      ['whys.update', { id: foreignWhy.id, patch: { text: 'changed' } }],
      ['whys.delete', { id: foreignWhy.id }],
      ['notes.list', { meetingId: theirs }],
      ['actions.list', { meetingId: theirs }],
      ['agenda.get', { meetingId: theirs }],
      ['changes.since', { meetingId: theirs, revision: 0 }],
    ];
    for (const [method, input] of attempts) {
      const result = checkNoteTakerCall(fixture.db, session, method, input);
      expect(result, method).toMatchObject({ ok: false, status: 404, error: { code: 'not_found' } });
    }
    // A reference to another meeting's why, inside their own meeting's add, is refused by the service itself.
    const linked = asNoteTaker('whys.add', { meetingId: mine, parentId: foreignWhy.id, text: 'Why?', kind: 'unclassified' });
    expect((linked as { response: CallResponse }).response.ok).toBe(false);
    expect(counts()).toEqual(before);
  });

  it.each([
    ['agenda.addSection', { meetingId: 'x', title: 'More', minutes: 5 }],
    ['timer.start', { meetingId: 'x' }],
    ['timer.next', { meetingId: 'x' }],
    ['meetings.delete', { id: 'x' }],
    ['meetings.update', { id: 'x', patch: { title: 'Renamed' } }],
    ['meetings.list', {}],
    ['archive.export', { meetingId: 'x' }],
    ['joining.rotateCode', { meetingId: 'x' }],
    ['timeline.importStart', { meetingId: 'x', id: 'x' }],
    ['timeline.import', { importId: 'x', events: [] }],
    ['timeline.importFinish', { id: 'x' }],
    ['timeline.importRemove', { id: 'x' }],
    ['actions.dismissCheck', { meetingId: 'x', key: 'k' }],
  ])('refuses %s as facilitator-only (403) and changes nothing', (method, input) => {
    const before = counts();
    const fixed = JSON.parse(JSON.stringify(input).replaceAll('"x"', JSON.stringify(mine))) as unknown;
    const result = checkNoteTakerCall(fixture.db, session, method, fixed);
    expect(result).toMatchObject({ ok: false, status: 403, error: { code: 'forbidden' } });
    expect((result as { error: { message: string } }).error.message).toMatch(/^As a note-taker you cannot do that: /);
    expect(counts()).toEqual(before);
  });

  it('runs a call as the caller dispatch() is handed: session.me answers with it, and a note-taker gets only what the rules allow', () => {
    expect(ok(dispatch(fixture.service, 'session.me', undefined))).toEqual({ role: 'facilitator' });
    expect(ok(dispatch(fixture.service, 'session.me', undefined, session))).toEqual(session);

    const before = counts();
    expect(dispatch(fixture.service, 'meetings.delete', { id: mine }, session)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(dispatch(fixture.service, 'timeline.list', { meetingId: theirs }, session)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(counts()).toEqual(before);

    const heard: Array<{ by?: string }> = [];
    const stop = fixture.service.onChange((event) => heard.push(event));
    const added = ok<{ author: string }>(
      dispatch(
        fixture.service,
        'timeline.add',
        { meetingId: mine, occurredAt: Date.UTC(2026, 10, 20, 14, 5), description: 'Pager fired', author: 'Mallory' },
        session,
      ),
    );
    stop();
    expect(added.author).toBe('Priya');
    expect(heard).toEqual([expect.objectContaining({ by: 'Priya' })]);
  });

  it('answers an unknown method as unknown, and leaves malformed input to the contract validation', () => {
    expect(checkNoteTakerCall(fixture.db, session, 'admin.dropEverything', {})).toMatchObject({ ok: false, status: 404, error: { code: 'unknown_method' } });
    const malformed = asNoteTaker('timeline.add', 'not an object');
    expect((malformed as { response: CallResponse }).response).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
