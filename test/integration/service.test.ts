import type { Database } from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ChangeEvent } from '../../src/shared/api/events.ts';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import type { TimelineEvent } from '../../src/shared/domain/timeline.ts';
import { dispatch } from '../../src/main/api/dispatch.ts';
import { useServiceOnTempFile, ok, databaseSnapshot } from '../harness/index.ts';

/** Everything the database holds, to prove a refused call changed nothing. */
const snapshot = (db: Database): string => databaseSnapshot(db, ['meetings', 'timeline_events', 'participants']);

describe('service over a real SQLite file', () => {
  let events: ChangeEvent[];
  let clock: number;
  const fixture = useServiceOnTempFile(() => ({ clock: () => clock }));

  beforeEach(() => {
    clock = Date.UTC(2026, 10, 23, 9, 0, 0);
    events = [];
    fixture.service.onChange((event) => events.push(event));
  });

  const call = (method: unknown, input: unknown) => dispatch(fixture.service, method, input);
  const createMeeting = (title = 'Checkout outage', incidentId = 'INC-2041') => ok<Meeting>(call('meetings.create', { title, incidentId }));

  it('creates, lists, reads, updates and deletes a meeting', () => {
    const meeting = createMeeting();
    expect(meeting).toMatchObject({ title: 'Checkout outage', incidentId: 'INC-2041', severity: null, status: 'draft', revision: 1 });
    expect(ok<unknown[]>(call('meetings.list', {}))).toEqual([expect.objectContaining({ id: meeting.id, title: 'Checkout outage', timelineEventCount: 0 })]);
    const updated = ok<Meeting>(call('meetings.update', { id: meeting.id, patch: { severity: 'SEV2', summary: 'Payments failed for 42 minutes.' } }));
    expect(updated).toMatchObject({ severity: 'SEV2', summary: 'Payments failed for 42 minutes.', title: 'Checkout outage', revision: 2 });
    expect(ok<Meeting>(call('meetings.get', { id: meeting.id }))).toEqual(updated);
    ok(call('meetings.delete', { id: meeting.id }));
    expect(call('meetings.get', { id: meeting.id })).toEqual({
      ok: false,
      error: { code: 'not_found', message: `No meeting with id ${meeting.id}` },
    });
  });

  it('keeps the timeline in time order and bumps the revision on every change, with one event each', () => {
    const meeting = createMeeting();
    const add = (minute: number, description: string) =>
      ok<TimelineEvent>(call('timeline.add', { meetingId: meeting.id, occurredAt: Date.UTC(2026, 10, 20, 14, minute), description, actor: 'On-call' }));
    const late = add(7, 'On-call paged');
    const early = add(0, 'Deployment started');
    const middle = add(5, 'Error rate increased');
    expect(ok<TimelineEvent[]>(call('timeline.list', { meetingId: meeting.id })).map((e) => e.id)).toEqual([early.id, middle.id, late.id]);

    ok(call('timeline.update', { id: late.id, patch: { occurredAt: Date.UTC(2026, 10, 20, 13, 59), phase: 'trigger' } }));
    expect(ok<TimelineEvent[]>(call('timeline.list', { meetingId: meeting.id })).map((e) => e.description)).toEqual([
      'On-call paged',
      'Deployment started',
      'Error rate increased',
    ]);
    const deleted = ok<{ revision: number }>(call('timeline.delete', { id: middle.id }));

    expect(events.map((e) => [e.entity, e.op, e.revision])).toEqual([
      ['meeting', 'created', 1],
      ['timeline_event', 'created', 2],
      ['timeline_event', 'created', 3],
      ['timeline_event', 'created', 4],
      ['timeline_event', 'updated', 5],
      ['timeline_event', 'deleted', 6],
    ]);
    expect(deleted.revision).toBe(6);
    expect(ok<Meeting>(call('meetings.get', { id: meeting.id })).revision).toBe(6);
  });

  it('keeps the typing order of events with the same time, even within one millisecond', () => {
    const meeting = createMeeting();
    const at = Date.UTC(2026, 10, 20, 14, 5);
    const ids = ['first', 'second', 'third', 'fourth'].map(
      (description) => ok<TimelineEvent>(call('timeline.add', { meetingId: meeting.id, occurredAt: at, description })).id,
    );
    expect(ok<TimelineEvent[]>(call('timeline.list', { meetingId: meeting.id })).map((e) => e.id)).toEqual(ids);
  });

  it('stores a retried add with the same id once, and undo restores a deleted event under its id', () => {
    const meeting = createMeeting();
    const input = { meetingId: meeting.id, occurredAt: clock, description: 'Rollback finished', id: '0b7e4c39-3f5c-4d3c-9a52-5b0b8f1f2c11' };
    const first = ok<TimelineEvent>(call('timeline.add', input));
    const retry = ok<TimelineEvent>(call('timeline.add', input));
    expect(retry).toEqual(first);
    expect(ok<TimelineEvent[]>(call('timeline.list', { meetingId: meeting.id }))).toHaveLength(1);

    const sameTime = ok<TimelineEvent>(call('timeline.add', { ...input, id: undefined, description: 'Typed later, same minute' }));
    ok(call('timeline.delete', { id: first.id }));
    const restored = ok<TimelineEvent>(call('timeline.add', { ...input, createdAt: first.createdAt }));
    expect(restored).toMatchObject({ id: first.id, createdAt: first.createdAt });
    expect(ok<TimelineEvent[]>(call('timeline.list', { meetingId: meeting.id })).map((e) => e.id)).toEqual([first.id, sameTime.id]);
  });

  it.each([
    ['meetings.create', { title: '' }, 'title'],
    ['meetings.create', { title: 'x'.repeat(201) }, 'title'],
    ['meetings.create', { title: 'ok', severity: 'SEV5' }, 'severity'],
    ['meetings.create', { title: 'ok', surprise: true }, 'surprise'],
    ['meetings.update', { id: '0b7e4c39-3f5c-4d3c-9a52-5b0b8f1f2c11', patch: { revision: 9 } }, 'patch.revision'],
    ['meetings.create', 'not an object', 'input'],
    ['meetings.update', { id: 'not-a-uuid', patch: {} }, 'id'],
    ['meetings.update', { id: '0b7e4c39-3f5c-4d3c-9a52-5b0b8f1f2c11', patch: { reviewedOn: '2026-02-30' } }, 'patch.reviewedOn'],
    ['meetings.update', { id: '0b7e4c39-3f5c-4d3c-9a52-5b0b8f1f2c11', patch: { timeZone: 'Mars/Olympus' } }, 'patch.timeZone'],
    ['timeline.add', { meetingId: '0b7e4c39-3f5c-4d3c-9a52-5b0b8f1f2c11', occurredAt: 1.5, description: 'x' }, 'occurredAt'],
    ['timeline.add', { meetingId: '0b7e4c39-3f5c-4d3c-9a52-5b0b8f1f2c11', occurredAt: 1, description: '   ' }, 'description'],
    ['timeline.add', { meetingId: '0b7e4c39-3f5c-4d3c-9a52-5b0b8f1f2c11', occurredAt: 1, description: 'x', phase: 'blame' }, 'phase'],
    ['participants.add', { meetingId: '0b7e4c39-3f5c-4d3c-9a52-5b0b8f1f2c11', name: 'Ana', perspective: 'manager' }, 'perspective'],
  ])('%s with %j is refused as invalid_input naming %s, and nothing changes', (method, input, field) => {
    createMeeting();
    const before = snapshot(fixture.db);
    const response = call(method, input);
    expect(response.ok).toBe(false);
    if (response.ok) return;
    expect(response.error.code).toBe('invalid_input');
    expect(response.error.field).toBe(field);
    expect(response.error.message).toContain(response.error.field);
    expect(snapshot(fixture.db)).toBe(before);
  });

  it('refuses an incident that ends before it starts, naming the field, even when the start was saved earlier', () => {
    const meeting = createMeeting();
    ok(call('meetings.update', { id: meeting.id, patch: { incidentStartedAt: Date.UTC(2026, 10, 20, 14) } }));
    const before = snapshot(fixture.db);
    expect(call('meetings.update', { id: meeting.id, patch: { incidentEndedAt: Date.UTC(2026, 10, 20, 13) } })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'patch.incidentEndedAt' },
    });
    expect(snapshot(fixture.db)).toBe(before);
  });

  it('answers unknown methods without touching anything', () => {
    expect(call('meetings.drop', {})).toEqual({ ok: false, error: { code: 'unknown_method', message: 'Unknown method: meetings.drop' } });
    expect(call(42, {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(call('__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(call('toString', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });

  it('rolls back the whole mutation and emits nothing when the write fails', () => {
    const meeting = createMeeting();
    const before = snapshot(fixture.db);
    events = [];
    fixture.db.exec("CREATE TRIGGER refuse BEFORE INSERT ON timeline_events BEGIN SELECT RAISE(ABORT, 'disk full'); END");
    const response = call('timeline.add', { meetingId: meeting.id, occurredAt: clock, description: 'lost?' });
    expect(response).toMatchObject({ ok: false, error: { code: 'internal' } });
    fixture.db.exec('DROP TRIGGER refuse');
    expect(snapshot(fixture.db)).toBe(before);
    expect(events).toEqual([]);
  });

  it('reports a missing meeting or event as not_found', () => {
    const missing = '0b7e4c39-3f5c-4d3c-9a52-5b0b8f1f2c11';
    expect(call('timeline.add', { meetingId: missing, occurredAt: 1, description: 'x' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(call('timeline.update', { id: missing, patch: { description: 'y' } })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(call('timeline.delete', { id: missing })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(call('timeline.list', { meetingId: missing })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('manages participants and deletes everything of a meeting with it', () => {
    const meeting = createMeeting();
    const ana = ok<{ id: string }>(call('participants.add', { meetingId: meeting.id, name: 'Ana', role: 'facilitator' }));
    ok(call('participants.update', { id: ana.id, patch: { perspective: 'sre' } }));
    expect(ok<unknown[]>(call('participants.list', { meetingId: meeting.id }))).toEqual([
      expect.objectContaining({ name: 'Ana', role: 'facilitator', perspective: 'sre' }),
    ]);
    ok(call('timeline.add', { meetingId: meeting.id, occurredAt: clock, description: 'x' }));
    ok(call('meetings.delete', { id: meeting.id }));
    expect(fixture.db.prepare('SELECT (SELECT count(*) FROM participants) + (SELECT count(*) FROM timeline_events) AS n').get()).toEqual({ n: 0 });
  });

  it('keeps hostile text exactly as typed', () => {
    const meeting = createMeeting();
    const text = '| pipe | `tick` <script>alert(1)</script> ]]> \'quote" \u202Eevil\u202C 🔥 مرحبا 数据库 ; DROP TABLE meetings; --';
    const event = ok<TimelineEvent>(call('timeline.add', { meetingId: meeting.id, occurredAt: clock, description: text, actor: text.slice(0, 50) }));
    expect(ok<TimelineEvent[]>(call('timeline.list', { meetingId: meeting.id }))[0]?.description).toBe(text);
    expect(event.actor).toBe(text.slice(0, 50).trim());
  });
});
