import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ActionItem } from '../../src/shared/domain/actions.ts';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import { AgendaHarness, MISSING_ID, failure, ok, databaseSnapshot } from '../harness/index.ts';

/** Every row the action-item methods can write, to prove a refused call changed nothing. */
const actionSnapshot = (db: Database): string => databaseSnapshot(db, ['meetings', 'action_items', 'action_check_dismissals']);

function insertWhy(db: Database, meetingId: string, kind: string, text: string): string {
  const id = crypto.randomUUID();
  db.prepare('INSERT INTO whys (id, meeting_id, text, kind, created_at, updated_at) VALUES (?, ?, ?, ?, 1, 1)').run(id, meetingId, text, kind);
  return id;
}

function insertNote(db: Database, meetingId: string, text: string): string {
  const id = crypto.randomUUID();
  db.prepare("INSERT INTO notes (id, meeting_id, category, text, created_at, updated_at) VALUES (?, ?, 'could_improve', ?, 1, 1)").run(id, meetingId, text);
  return id;
}

describe('action items over a real SQLite file', () => {
  let h: AgendaHarness;
  let meeting: Meeting;
  const add = (input: Record<string, unknown>) => ok<ActionItem>(h.call('actions.add', { meetingId: meeting.id, ...input }));
  const list = () => ok<ActionItem[]>(h.call('actions.list', { meetingId: meeting.id }));
  const titles = () => list().map((item) => item.title);

  beforeEach(async () => {
    h = new AgendaHarness();
    await h.open();
    meeting = h.createMeeting();
    h.events = [];
  });
  afterEach(() => h.close());

  it('adds an item with defaults, stores every field, and announces it as action_item', () => {
    const bare = add({ title: '  Add a canary stage to the checkout deploy  ' });
    expect(bare).toMatchObject({
      meetingId: meeting.id,
      position: 0,
      title: 'Add a canary stage to the checkout deploy',
      owner: '',
      dueOn: null,
      priority: 'P1',
      horizon: 'short_term',
      category: null,
      status: 'open',
      whyId: null,
      noteId: null,
      author: '',
    });
    const full = add({
      title: 'Alert on payment error rate',
      owner: '@alice',
      dueOn: '2026-12-15',
      priority: 'P0',
      horizon: 'quick_win',
      category: 'monitoring',
      status: 'in_progress',
      author: '  Priya  ',
    });
    expect(full).toMatchObject({
      position: 1,
      owner: '@alice',
      dueOn: '2026-12-15',
      priority: 'P0',
      horizon: 'quick_win',
      category: 'monitoring',
      status: 'in_progress',
      author: 'Priya',
    });
    expect(list()).toEqual([bare, full]);
    expect(h.events).toEqual([
      { meetingId: meeting.id, revision: 2, entity: 'action_item', entityId: bare.id, op: 'created' },
      { meetingId: meeting.id, revision: 3, entity: 'action_item', entityId: full.id, op: 'created' },
    ]);
  });

  it.each([
    [{ title: '' }, 'title'],
    [{ title: 'x', dueOn: '2026-02-30' }, 'dueOn'],
    [{ title: 'x', dueOn: '15/02/2026' }, 'dueOn'],
    [{ title: 'x', priority: 'P3' }, 'priority'],
    [{ title: 'x', horizon: 'someday' }, 'horizon'],
    [{ title: 'x', category: 'blame' }, 'category'],
    [{ title: 'x', status: 'maybe' }, 'status'],
    [{ title: 'x', owner: 'o'.repeat(201) }, 'owner'],
    [{ title: 'x', author: 'a'.repeat(201) }, 'author'],
    [{ title: 'x', author: 42 }, 'author'],
    [{ title: 'x', whyId: 'not-an-id' }, 'whyId'],
    [{ title: 'x', assignee: 'bob' }, 'assignee'],
  ])('refuses an add with %j naming %s, and changes nothing', (input, field) => {
    const before = actionSnapshot(h.db);
    const error = failure(h.call('actions.add', { meetingId: meeting.id, ...input }));
    expect(error).toMatchObject({ code: 'invalid_input', field });
    expect(error.message.startsWith(`${field}:`)).toBe(true);
    expect(actionSnapshot(h.db)).toBe(before);
    expect(h.events).toEqual([]);
  });

  it('refuses an update with a bad field and keeps the item as it was', () => {
    const item = add({ title: 'Write the failover runbook', owner: '@bob' });
    const before = actionSnapshot(h.db);
    expect(failure(h.call('actions.update', { id: item.id, patch: { owner: '@carol', dueOn: 'soon' } }))).toMatchObject({ field: 'patch.dueOn' });
    expect(failure(h.call('actions.update', { id: item.id, patch: { title: '   ' } }))).toMatchObject({ field: 'patch.title' });
    // Who added an item is not edited afterwards, as on timeline events, whys and notes.
    expect(failure(h.call('actions.update', { id: item.id, patch: { author: 'Mallory' } }))).toMatchObject({ code: 'invalid_input', field: 'patch.author' });
    expect(actionSnapshot(h.db)).toBe(before);
    expect(failure(h.call('actions.update', { id: MISSING_ID, patch: { owner: 'x' } }))).toMatchObject({ code: 'not_found' });
  });

  it('updates and clears fields, one revision per change', () => {
    const item = add({ title: 'Load-test the queue', owner: '@dan', dueOn: '2026-12-01', category: 'testing' });
    h.advance(1_000);
    const updated = ok<ActionItem>(h.call('actions.update', { id: item.id, patch: { owner: '', dueOn: null, category: null, status: 'done' } }));
    expect(updated).toMatchObject({ owner: '', dueOn: null, category: null, status: 'done', title: 'Load-test the queue' });
    expect(updated.updatedAt).toBeGreaterThan(item.updatedAt);
    expect(h.events.at(-1)).toEqual({ meetingId: meeting.id, revision: 3, entity: 'action_item', entityId: item.id, op: 'updated' });
  });

  it('links an item to a root cause, a contributing factor or a note of the same meeting only, naming the field', () => {
    const root = insertWhy(h.db, meeting.id, 'root', 'Retries had no back-off');
    const note = insertNote(h.db, meeting.id, 'Dashboards hid the queue depth');
    const other = h.createMeeting({ title: 'Another incident' });
    const foreignWhy = insertWhy(h.db, other.id, 'root', 'Elsewhere');
    const foreignNote = insertNote(h.db, other.id, 'Elsewhere');
    h.events = [];

    const linked = add({ title: 'Add exponential back-off', whyId: root });
    expect(linked.whyId).toBe(root);
    const noted = add({ title: 'Show queue depth on the main dashboard', noteId: note });
    expect(noted.noteId).toBe(note);

    const before = actionSnapshot(h.db);
    for (const [input, field] of [
      [{ whyId: foreignWhy }, 'whyId'],
      [{ whyId: MISSING_ID }, 'whyId'],
      [{ noteId: foreignNote }, 'noteId'],
      [{ whyId: root, noteId: note }, 'noteId'],
    ] as const) {
      expect(failure(h.call('actions.add', { meetingId: meeting.id, title: 'x', ...input }))).toMatchObject({ code: 'invalid_input', field });
      expect(failure(h.call('actions.update', { id: linked.id, patch: input }))).toMatchObject({ code: 'invalid_input', field });
    }
    expect(failure(h.call('actions.update', { id: linked.id, patch: { noteId: note } }))).toMatchObject({ field: 'noteId' });
    expect(actionSnapshot(h.db)).toBe(before);

    const relinked = ok<ActionItem>(h.call('actions.update', { id: linked.id, patch: { whyId: null, noteId: note } }));
    expect(relinked).toMatchObject({ whyId: null, noteId: note });
    h.db.prepare('DELETE FROM notes WHERE id = ?').run(note);
    expect(list().map((item) => item.noteId)).toEqual([null, null]);
  });

  it('moves items, inserts at a position, and renumbers after a delete', () => {
    const [a, b, c] = ['Runbook', 'Alert', 'Test'].map((title) => add({ title }));
    const moved = ok<ActionItem[]>(h.call('actions.move', { id: c!.id, position: 0 }));
    expect(moved.map((item) => [item.title, item.position])).toEqual([
      ['Test', 0],
      ['Runbook', 1],
      ['Alert', 2],
    ]);
    ok(h.call('actions.move', { id: c!.id, position: 99 }));
    expect(titles()).toEqual(['Runbook', 'Alert', 'Test']);
    add({ title: 'Training', position: 1 });
    expect(titles()).toEqual(['Runbook', 'Training', 'Alert', 'Test']);
    ok(h.call('actions.delete', { id: a!.id }));
    expect(list().map((item) => [item.title, item.position])).toEqual([
      ['Training', 0],
      ['Alert', 1],
      ['Test', 2],
    ]);
    expect(failure(h.call('actions.move', { id: b!.id, position: -1 }))).toMatchObject({ field: 'position' });
  });

  it('delete then undo restores the same item in the same place; a retried add is stored once', () => {
    const [first, second, third] = ['One', 'Two', 'Three'].map((title) => add({ title, owner: '@eve', author: 'Priya' }));
    const deleted = ok<{ id: string; meetingId: string; revision: number }>(h.call('actions.delete', { id: second!.id }));
    expect(deleted).toEqual({ id: second!.id, meetingId: meeting.id, revision: 5 });
    expect(h.events.at(-1)).toMatchObject({ entity: 'action_item', entityId: second!.id, op: 'deleted' });
    expect(failure(h.call('actions.delete', { id: second!.id }))).toMatchObject({ code: 'not_found' });

    const { id, title, owner, dueOn, priority, horizon, category, status, position, author } = second!;
    const restored = add({ id, title, owner, dueOn, priority, horizon, category, status, position, author });
    expect(restored).toMatchObject({ id: second!.id, position: 1, owner: '@eve', author: 'Priya' });
    expect(list().map((item) => item.id)).toEqual([first!.id, second!.id, third!.id]);
    add({ id, title: 'A retry of the same add' });
    expect(list()).toHaveLength(3);
    const other = h.createMeeting({ title: 'Other' });
    expect(failure(h.call('actions.add', { meetingId: other.id, id, title: 'x' }))).toMatchObject({ code: 'conflict', field: 'id' });
  });

  it('stores cleared check keys per meeting, announces them, and survives a restart', async () => {
    const other = h.createMeeting({ title: 'Other' });
    h.events = [];
    expect(ok(h.call('actions.listDismissedChecks', { meetingId: meeting.id }))).toEqual([]);
    expect(ok(h.call('actions.dismissCheck', { meetingId: meeting.id, key: 'too-many' }))).toEqual(['too-many']);
    expect(ok(h.call('actions.dismissCheck', { meetingId: meeting.id, key: 'too-many' }))).toEqual(['too-many']);
    expect(ok(h.call('actions.dismissCheck', { meetingId: meeting.id, key: 'no-owner:abc' }))).toEqual(['no-owner:abc', 'too-many']);
    expect(h.events.map((event) => [event.entity, event.entityId, event.op])).toEqual([
      ['action_check', 'too-many', 'created'],
      ['action_check', 'no-owner:abc', 'created'],
    ]);
    expect(ok(h.call('actions.listDismissedChecks', { meetingId: other.id }))).toEqual([]);
    expect(failure(h.call('actions.dismissCheck', { meetingId: meeting.id, key: ' ' }))).toMatchObject({ field: 'key' });
    expect(failure(h.call('actions.dismissCheck', { meetingId: MISSING_ID, key: 'x' }))).toMatchObject({ code: 'not_found' });

    await h.reopen();
    expect(ok(h.call('actions.listDismissedChecks', { meetingId: meeting.id }))).toEqual(['no-owner:abc', 'too-many']);
    expect(ok(h.call('actions.restoreCheck', { meetingId: meeting.id, key: 'too-many' }))).toEqual(['no-owner:abc']);
    expect(h.events).toEqual([expect.objectContaining({ entity: 'action_check', entityId: 'too-many', op: 'deleted' })]);
  });

  it('refuses to list a missing meeting, and deletes items with their meeting', () => {
    expect(failure(h.call('actions.list', { meetingId: MISSING_ID }))).toMatchObject({ code: 'not_found' });
    add({ title: 'Goes with the meeting' });
    ok(h.call('actions.dismissCheck', { meetingId: meeting.id, key: 'too-many' }));
    ok(h.call('meetings.delete', { id: meeting.id }));
    expect(h.db.prepare('SELECT count(*) AS n FROM action_items').get()).toEqual({ n: 0 });
    expect(h.db.prepare('SELECT count(*) AS n FROM action_check_dismissals').get()).toEqual({ n: 0 });
  });
});
