import { describe, expect, it } from 'vitest';
import { useMigrationTest } from '../harness/index.ts';

describe('migration 013: indexes for the follow-ups ledger', () => {
  const { databaseAt, step } = useMigrationTest();

  const indexNames = (db: ReturnType<typeof databaseAt>) =>
    db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'action_items' AND sql IS NOT NULL ORDER BY name").pluck().all();

  it('adds the indexes and leaves every action item as it was', () => {
    const { db, before, after } = step(
      12,
      (seeded) => {
        seeded.prepare("INSERT INTO meetings (id, title, created_at, updated_at) VALUES ('m1', 'Seeded', 1, 1)").run();
        const insert = seeded.prepare(
          "INSERT INTO action_items (id, meeting_id, position, title, owner, due_on, status, created_at, updated_at) VALUES (?, 'm1', ?, ?, ?, ?, ?, 1, ?)",
        );
        insert.run('a1', 0, 'Add an alert', 'Ana', '2026-12-01', 'open', 5);
        insert.run('a2', 1, 'Write the runbook', '', null, 'done', 9);
      },
      (read) => read.prepare('SELECT * FROM action_items ORDER BY id').all(),
    );
    expect(after).toEqual(before);
    expect(indexNames(db)).toEqual([
      'action_items_by_meeting',
      'action_items_by_owner',
      'action_items_by_status_due',
      'action_items_by_status_updated',
      'action_items_order_category',
      'action_items_order_created',
      'action_items_order_due',
      'action_items_order_horizon',
      'action_items_order_owner',
      'action_items_order_priority',
      'action_items_order_status',
      'action_items_order_title',
      'action_items_order_updated',
    ]);
  });

  it('lets the ledger filters use them', () => {
    const db = databaseAt(13);
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as Array<{ detail: string }>).map((row) => row.detail).join('; ');
    expect(plan("SELECT id FROM action_items WHERE owner = 'ana' COLLATE NOCASE")).toContain('action_items_by_owner');
    expect(plan("SELECT id FROM action_items WHERE status IN ('open', 'in_progress') AND due_on < '2026-12-09'")).toContain('action_items_by_status_due');
    expect(plan("SELECT id FROM action_items WHERE status IN ('open', 'in_progress') AND updated_at <= 5")).toContain('action_items_by_status_updated');
    // A deep page in due-date order is read from the index, not sorted.
    expect(plan('SELECT id FROM action_items a ORDER BY a.due_on IS NULL, a.due_on, a.created_at, a.id LIMIT 200 OFFSET 25000')).toBe(
      'SCAN a USING COVERING INDEX action_items_order_due',
    );
  });
});
