import type { Database } from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch.ts';
import type { ChangeEvent } from '../../src/shared/api/events.ts';
import type { Conflict } from '../../src/shared/domain/conflicts.ts';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import type { Note } from '../../src/shared/domain/notes.ts';
import type { DeletedWhys, Why } from '../../src/shared/domain/whys.ts';
import { useServiceOnTempFile, ok, databaseSnapshot, failure } from '../harness/index.ts';

const snapshot = (db: Database): string => databaseSnapshot(db, ['meetings', 'whys', 'notes', 'conflicts']);

describe('5 Whys, notes and panel conflicts over a real SQLite file', () => {
  const fixture = useServiceOnTempFile(() => {
    let clock = Date.UTC(2026, 10, 23, 9, 0, 0);
    return { clock: () => (clock += 1000) };
  });
  let events: ChangeEvent[];
  let meeting: Meeting;

  beforeEach(() => {
    meeting = ok<Meeting>(dispatch(fixture.service, 'meetings.create', { title: 'Checkout outage' }));
    events = [];
    fixture.service.onChange((event) => events.push(event));
  });

  const call = (method: string, input: unknown) => dispatch(fixture.service, method, input);
  const addWhy = (parentId: string | null, text: string, extra: object = {}) => ok<Why>(call('whys.add', { meetingId: meeting.id, parentId, text, ...extra }));
  const listWhys = () => ok<Why[]>(call('whys.list', { meetingId: meeting.id }));
  const childrenOf = (parentId: string | null) =>
    listWhys()
      .filter((w) => w.parentId === parentId)
      .sort((a, b) => a.position - b.position)
      .map((w) => w.text);

  it('builds a tree: the top node is the problem, answers are unclassified until marked, siblings keep their order', () => {
    const problem = addWhy(null, 'Checkout failed for 42 minutes');
    expect(problem).toMatchObject({ kind: 'problem', parentId: null, position: 0 });
    const pool = addWhy(problem.id, 'The connection pool was exhausted');
    const alert = addWhy(problem.id, 'No alert fired on pool saturation');
    const first = addWhy(problem.id, 'A retry storm multiplied the load', { position: 0 });
    expect(pool.kind).toBe('unclassified');
    expect(childrenOf(problem.id)).toEqual(['A retry storm multiplied the load', 'The connection pool was exhausted', 'No alert fired on pool saturation']);
    const marked = ok<Why>(call('whys.update', { id: alert.id, patch: { kind: 'root', text: 'Pool saturation had no alert' } }));
    expect(marked).toMatchObject({ kind: 'root', text: 'Pool saturation had no alert', parentId: problem.id, position: 2 });

    ok(call('whys.update', { id: first.id, patch: { position: 5 } }));
    expect(childrenOf(problem.id)).toEqual(['The connection pool was exhausted', 'Pool saturation had no alert', 'A retry storm multiplied the load']);
    expect(events.map((e) => [e.entity, e.op])).toEqual([
      ['why', 'created'],
      ['why', 'created'],
      ['why', 'created'],
      ['why', 'created'],
      ['why', 'updated'],
      ['why', 'updated'],
    ]);
    expect(new Set(events.map((e) => e.revision)).size).toBe(events.length);
  });

  it('moves a node under another parent (indent) and back (outdent), closing the gaps it leaves', () => {
    const problem = addWhy(null, 'Problem');
    const a = addWhy(problem.id, 'A');
    const b = addWhy(problem.id, 'B');
    const c = addWhy(problem.id, 'C');
    ok(call('whys.update', { id: b.id, patch: { parentId: a.id } }));
    expect(childrenOf(problem.id)).toEqual(['A', 'C']);
    expect(childrenOf(a.id)).toEqual(['B']);
    ok(call('whys.update', { id: b.id, patch: { parentId: problem.id, position: 1 } }));
    expect(childrenOf(problem.id)).toEqual(['A', 'B', 'C']);
    expect(listWhys().find((w) => w.id === c.id)?.position).toBe(2);
  });

  it('refuses a cycle and a problem statement below another node, naming the field, with the database unchanged', () => {
    const problem = addWhy(null, 'Problem');
    const a = addWhy(problem.id, 'A');
    const b = addWhy(a.id, 'B');
    const before = snapshot(fixture.db);
    const eventsBefore = events.length;

    expect(failure(call('whys.update', { id: a.id, patch: { parentId: b.id } }))).toMatchObject({ code: 'invalid_input', field: 'patch.parentId' });
    expect(failure(call('whys.update', { id: a.id, patch: { parentId: a.id } }))).toMatchObject({ field: 'patch.parentId' });
    expect(failure(call('whys.update', { id: problem.id, patch: { parentId: b.id } }))).toMatchObject({ field: 'patch.parentId' });
    expect(failure(call('whys.update', { id: b.id, patch: { kind: 'problem' } }))).toMatchObject({ field: 'patch.kind' });
    expect(failure(call('whys.add', { meetingId: meeting.id, parentId: a.id, text: 'x', kind: 'problem' }))).toMatchObject({ field: 'kind' });
    expect(failure(call('whys.add', { meetingId: meeting.id, parentId: crypto.randomUUID(), text: 'x' }))).toMatchObject({ field: 'parentId' });
    expect(failure(call('whys.add', { meetingId: meeting.id, parentId: a.id, text: 'x', kind: 'cause' }))).toMatchObject({ field: 'kind' });
    expect(failure(call('whys.add', { meetingId: meeting.id, parentId: a.id, text: 'x'.repeat(2001) }))).toMatchObject({ field: 'text' });
    expect(failure(call('whys.update', { id: a.id, patch: { position: -1 } }))).toMatchObject({ field: 'patch.position' });
    expect(failure(call('whys.update', { id: a.id, patch: { colour: 'red' } }))).toMatchObject({ field: 'patch.colour' });

    const other = ok<Meeting>(call('meetings.create', { title: 'Another review' }));
    const foreign = ok<Why>(call('whys.add', { meetingId: other.id, parentId: null, text: 'Other problem' }));
    const afterOther = snapshot(fixture.db);
    expect(failure(call('whys.update', { id: a.id, patch: { parentId: foreign.id } }))).toMatchObject({ field: 'patch.parentId' });
    expect(snapshot(fixture.db)).toBe(afterOther);
    expect(before).not.toBe(afterOther);
    expect(events.length).toBe(eventsBefore + 2);
  });

  it('deletes a whole subtree, returns it parents first, and undo re-adds it with the same ids and places', () => {
    const problem = addWhy(null, 'Problem');
    const a = addWhy(problem.id, 'A');
    const a1 = addWhy(a.id, 'A1');
    const a2 = addWhy(a.id, 'A2', { kind: 'root' });
    addWhy(a1.id, 'A1x');
    const b = addWhy(problem.id, 'B');
    const full = listWhys();

    const deleted = ok<DeletedWhys>(call('whys.delete', { id: a.id }));
    expect(deleted.removed.map((w) => w.text)).toEqual(['A', 'A1', 'A1x', 'A2']);
    expect(
      listWhys()
        .map((w) => w.text)
        .sort(),
    ).toEqual(['B', 'Problem']);
    expect(listWhys().find((w) => w.id === b.id)?.position).toBe(0);
    expect(events.at(-1)).toMatchObject({ entity: 'why', op: 'deleted', entityId: a.id, revision: deleted.revision });

    for (const why of deleted.removed) {
      ok(
        call('whys.add', {
          id: why.id,
          meetingId: why.meetingId,
          parentId: why.parentId,
          text: why.text,
          kind: why.kind,
          position: why.position,
          createdAt: why.createdAt,
        }),
      );
    }
    const restored = listWhys();
    const essentials = (list: Why[]) =>
      list
        .map(({ id, parentId, position, text, kind, createdAt }) => ({ id, parentId, position, text, kind, createdAt }))
        .sort((x, y) => x.id.localeCompare(y.id));
    expect(essentials(restored)).toEqual(essentials(full));
    expect(restored.find((w) => w.id === a2.id)?.kind).toBe('root');

    // A retried add with the same id is stored once.
    ok(call('whys.add', { id: a.id, meetingId: meeting.id, parentId: problem.id, text: 'A' }));
    expect(listWhys()).toHaveLength(full.length);
  });

  it('keeps notes per category in order, requires a perspective and finding kind only for perspective findings', () => {
    const add = (input: object) => ok<Note>(call('notes.add', { meetingId: meeting.id, ...input }));
    const well = add({ category: 'went_well', text: 'The rollback took four minutes' });
    add({ category: 'went_well', text: 'Status page updated early' });
    add({ category: 'could_improve', text: 'Paging reached the wrong rotation first' });
    const finding = add({ category: 'perspective_finding', perspective: 'sre', findingKind: 'gap', text: 'No SLO burn alert for checkout' });
    expect(finding).toMatchObject({ perspective: 'sre', findingKind: 'gap', position: 0 });
    expect(well).toMatchObject({ perspective: null, findingKind: null, position: 0 });

    const before = snapshot(fixture.db);
    expect(failure(call('notes.add', { meetingId: meeting.id, category: 'perspective_finding', text: 'x', findingKind: 'gap' }))).toMatchObject({
      field: 'perspective',
    });
    expect(failure(call('notes.add', { meetingId: meeting.id, category: 'lesson', text: 'x', perspective: 'sre' }))).toMatchObject({ field: 'perspective' });
    expect(failure(call('notes.add', { meetingId: meeting.id, category: 'lesson', text: '   ' }))).toMatchObject({ field: 'text' });
    expect(failure(call('notes.add', { meetingId: meeting.id, category: 'gossip', text: 'x' }))).toMatchObject({ field: 'category' });
    expect(failure(call('notes.update', { id: well.id, patch: { text: '' } }))).toMatchObject({ field: 'patch.text' });
    expect(failure(call('notes.update', { id: well.id, patch: { findingKind: 'gap' } }))).toMatchObject({ field: 'patch.findingKind' });
    expect(snapshot(fixture.db)).toBe(before);

    ok(call('notes.update', { id: well.id, patch: { text: 'The rollback took four minutes end to end', position: 1 } }));
    const moved = ok<Note>(call('notes.update', { id: finding.id, patch: { findingKind: 'recommendation' } }));
    expect(moved).toMatchObject({ findingKind: 'recommendation', position: 0 });
    const wentWell = ok<Note[]>(call('notes.list', { meetingId: meeting.id })).filter((n) => n.category === 'went_well');
    expect(wentWell.map((n) => [n.position, n.text])).toEqual([
      [0, 'Status page updated early'],
      [1, 'The rollback took four minutes end to end'],
    ]);

    ok(call('notes.delete', { id: wentWell[0]?.id }));
    const after = ok<Note[]>(call('notes.list', { meetingId: meeting.id })).filter((n) => n.category === 'went_well');
    expect(after.map((n) => [n.position, n.text])).toEqual([[0, 'The rollback took four minutes end to end']]);
    expect(events.filter((e) => e.entity === 'note').map((e) => e.op)).toEqual(['created', 'created', 'created', 'created', 'updated', 'updated', 'deleted']);
  });

  it('records a conflict with two positions, the trade-off and the resolution', () => {
    const conflict = ok<Conflict>(
      call('conflicts.add', {
        meetingId: meeting.id,
        topic: 'Retries on the payment client',
        positionA: 'Remove client retries so load cannot multiply',
        perspectiveA: 'systems_architect',
        positionB: 'Keep retries with jitter, since single requests fail transiently',
      }),
    );
    expect(conflict).toMatchObject({ position: 0, perspectiveB: null, tradeOff: '', resolution: '', escalated: false });
    const updated = ok<Conflict>(
      call('conflicts.update', {
        id: conflict.id,
        patch: {
          tradeOff: 'Availability of single calls against stability under load',
          resolution: 'Retry once with jitter behind a budget',
          perspectiveB: 'sre',
        },
      }),
    );
    expect(updated).toMatchObject({ perspectiveA: 'systems_architect', perspectiveB: 'sre', resolution: 'Retry once with jitter behind a budget' });
    const escalated = ok<Conflict>(call('conflicts.update', { id: conflict.id, patch: { escalated: true } }));
    expect(escalated.escalated).toBe(true);

    const before = snapshot(fixture.db);
    expect(failure(call('conflicts.update', { id: conflict.id, patch: { topic: '' } }))).toMatchObject({ field: 'patch.topic' });
    expect(failure(call('conflicts.update', { id: conflict.id, patch: { perspectiveA: 'ceo' } }))).toMatchObject({ field: 'patch.perspectiveA' });
    expect(failure(call('conflicts.add', { meetingId: meeting.id }))).toMatchObject({ field: 'topic' });
    expect(snapshot(fixture.db)).toBe(before);

    ok(call('conflicts.delete', { id: conflict.id }));
    expect(ok<Conflict[]>(call('conflicts.list', { meetingId: meeting.id }))).toEqual([]);
    expect(events.map((e) => [e.entity, e.op])).toEqual([
      ['conflict', 'created'],
      ['conflict', 'updated'],
      ['conflict', 'updated'],
      ['conflict', 'deleted'],
    ]);
  });

  it('deleting the meeting takes its whys, notes and conflicts with it', () => {
    const problem = addWhy(null, 'Problem');
    addWhy(problem.id, 'A');
    ok(call('notes.add', { meetingId: meeting.id, category: 'lesson', text: 'Alerts need owners' }));
    ok(call('conflicts.add', { meetingId: meeting.id, topic: 'Alerting thresholds' }));
    ok(call('meetings.delete', { id: meeting.id }));
    for (const table of ['whys', 'notes', 'conflicts']) {
      expect(fixture.db.prepare(`SELECT count(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
    }
  });
});
