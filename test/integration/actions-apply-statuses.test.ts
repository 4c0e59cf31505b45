import type { Database } from 'better-sqlite3';
import { dispatch } from '../../src/main/api/dispatch.ts';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ActionItem } from '../../src/shared/domain/actions.ts';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import { AgendaHarness, MINUTE, MISSING_ID, databaseSnapshot, failure, ok } from '../harness/index.ts';

const snapshot = (db: Database): string => databaseSnapshot(db, ['meetings', 'action_items']);
const revisionOf = (db: Database, meetingId: string) =>
  (db.prepare('SELECT revision FROM meetings WHERE id = ?').get(meetingId) as { revision: number }).revision;

describe('actions.applyStatuses over a real SQLite file', () => {
  let h: AgendaHarness;
  let checkout: Meeting;
  let payments: Meeting;
  let canary: ActionItem;
  let alert: ActionItem;
  let runbook: ActionItem;
  let drill: ActionItem;
  const add = (meeting: Meeting, title: string, status?: string) => ok<ActionItem>(h.call('actions.add', { meetingId: meeting.id, title, status }));
  const apply = (changes: unknown) => h.call('actions.applyStatuses', { changes });
  const statusOf = (id: string) => (h.db.prepare('SELECT status FROM action_items WHERE id = ?').get(id) as { status: string }).status;

  beforeEach(async () => {
    h = new AgendaHarness();
    await h.open();
    checkout = h.createMeeting({ title: 'Checkout outage' });
    payments = h.createMeeting({ title: 'Payments latency' });
    canary = add(checkout, 'Add a canary stage');
    alert = add(checkout, 'Alert on payment error rate');
    runbook = add(payments, 'Write the rollback runbook', 'in_progress');
    drill = add(payments, 'Run a failover drill');
    h.events = [];
    h.advance(MINUTE);
  });
  afterEach(() => h.close());

  it('sets the statuses of items in several meetings, one revision per meeting and one event per changed item', () => {
    const before = { checkout: revisionOf(h.db, checkout.id), payments: revisionOf(h.db, payments.id) };
    const stored = ok<ActionItem[]>(
      apply([
        { id: canary.id, status: 'done' },
        { id: runbook.id, status: 'done' },
        { id: alert.id, status: 'in_progress' },
        { id: drill.id, status: 'open' },
      ]),
    );
    expect(stored.map(({ id, status }) => [id, status])).toEqual([
      [canary.id, 'done'],
      [runbook.id, 'done'],
      [alert.id, 'in_progress'],
      [drill.id, 'open'],
    ]);
    expect([canary, runbook, alert, drill].map((item) => statusOf(item.id))).toEqual(['done', 'done', 'in_progress', 'open']);
    // The drill was open already: nothing written, nothing announced.
    expect(stored[3]).toEqual(drill);
    expect(stored[0]?.updatedAt).toBeGreaterThan(canary.updatedAt);

    expect(revisionOf(h.db, checkout.id)).toBe(before.checkout + 1);
    expect(revisionOf(h.db, payments.id)).toBe(before.payments + 1);
    expect(h.events).toEqual([
      { meetingId: checkout.id, revision: before.checkout + 1, entity: 'action_item', entityId: canary.id, op: 'updated' },
      { meetingId: payments.id, revision: before.payments + 1, entity: 'action_item', entityId: runbook.id, op: 'updated' },
      { meetingId: checkout.id, revision: before.checkout + 1, entity: 'action_item', entityId: alert.id, op: 'updated' },
    ]);
    const caughtUp = ok<{ complete: boolean; changes: unknown[] }>(h.call('changes.since', { meetingId: checkout.id, revision: before.checkout }));
    expect(caughtUp).toMatchObject({ complete: true, changes: [{ entityId: canary.id }, { entityId: alert.id }] });
  });

  it('sets every item of a ledger-sized selection in one call and one transaction', () => {
    const copies = 20_000;
    const insert = h.db.prepare(
      `INSERT INTO action_items (id, meeting_id, position, title, created_at, updated_at)
       SELECT ?, meeting_id, ?, title, created_at, updated_at FROM action_items WHERE id = ?`,
    );
    const ids = Array.from({ length: copies }, () => crypto.randomUUID());
    h.db.transaction(() => ids.forEach((id, index) => insert.run(id, index + 10, canary.id)))();
    const revision = revisionOf(h.db, checkout.id);
    const stored = ok<ActionItem[]>(apply(ids.map((id) => ({ id, status: 'done' }))));
    expect(stored).toHaveLength(copies);
    const done = h.db.prepare(`SELECT count(*) AS n FROM action_items WHERE status = 'done'`).get() as { n: number };
    expect(done.n).toBe(copies);
    // One transaction: the meeting's revision moved once, and every item's change was announced under it.
    expect(revisionOf(h.db, checkout.id)).toBe(revision + 1);
    expect(new Set(h.events.map((event) => event.revision))).toEqual(new Set([revision + 1]));
    expect(h.events).toHaveLength(copies);
  });

  it('comes out the same when sent twice, as a resent call is', () => {
    const changes = [{ id: canary.id, status: 'done' }];
    const first = ok<ActionItem[]>(apply(changes));
    h.events = [];
    const afterFirst = snapshot(h.db);
    expect(ok<ActionItem[]>(apply(changes))).toEqual(first);
    expect(snapshot(h.db)).toBe(afterFirst);
    expect(h.events).toEqual([]);
  });

  it('writes nothing when one item of the lot is missing', () => {
    const before = snapshot(h.db);
    const error = failure(
      apply([
        { id: canary.id, status: 'done' },
        { id: MISSING_ID, status: 'done' },
      ]),
    );
    expect(error).toMatchObject({ code: 'not_found', message: expect.stringContaining(MISSING_ID) as string });
    expect(snapshot(h.db)).toBe(before);
    expect(h.events).toEqual([]);
  });

  it('rolls back every write when the database refuses one of them midway', () => {
    h.db.exec(`CREATE TRIGGER refuse_drill BEFORE UPDATE OF status ON action_items WHEN NEW.id = '${drill.id}' BEGIN SELECT RAISE(ABORT, 'refused'); END`);
    const before = snapshot(h.db);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const error = failure(
      apply([
        { id: canary.id, status: 'done' },
        { id: runbook.id, status: 'done' },
        { id: drill.id, status: 'done' },
      ]),
    );
    expect(String(logged.mock.calls[0]?.[1])).toMatch(/refused/);
    logged.mockRestore();
    expect(error.code).toBe('internal');
    expect(snapshot(h.db)).toBe(before);
    expect(h.events).toEqual([]);
  });

  it.each([
    ['no changes', []],
    ['a status that is not one of ours', [{ id: MISSING_ID, status: 'blocked' }]],
    ['an id that is not an id', [{ id: 'PAY-1', status: 'done' }]],
    ['a field the method does not take', [{ id: MISSING_ID, status: 'done', title: 'Renamed' }]],
    [
      'one item twice',
      [
        { id: MISSING_ID, status: 'done' },
        { id: MISSING_ID, status: 'open' },
      ],
    ],
    ['more than 100,000 changes', Array.from({ length: 100_001 }, () => ({ id: crypto.randomUUID(), status: 'done' }))],
  ])('refuses %s as invalid input and changes nothing', (_name, changes) => {
    const before = snapshot(h.db);
    expect(failure(apply(changes)).code).toBe('invalid_input');
    expect(snapshot(h.db)).toBe(before);
  });

  it("refuses a note-taker, even for their own meeting's items", () => {
    const before = snapshot(h.db);
    const noteTaker = { role: 'note_taker', sessionId: 's-1', meetingId: checkout.id, name: 'Priya' } as const;
    const error = failure(dispatch(h.service, 'actions.applyStatuses', { changes: [{ id: canary.id, status: 'done' }] }, noteTaker));
    expect(error).toMatchObject({ code: 'forbidden', message: expect.stringContaining('facilitator') as string });
    expect(snapshot(h.db)).toBe(before);
  });
});
