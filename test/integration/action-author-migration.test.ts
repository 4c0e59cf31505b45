import DatabaseConstructor from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../src/main/db/migrate.ts';
import { LATEST_VERSION } from '../../src/main/db/migrations/index.ts';
import { openDatabase } from '../../src/main/db/open.ts';
import { listActionItems } from '../../src/main/db/repositories/action-items.ts';
import { useMigrationTest, useTempDir } from '../harness/index.ts';

/** A version-4 meeting with two action items, one linked to a why and one to a note. */
function seedVersion4(db: Database): void {
  db.prepare("INSERT INTO meetings (id, title, created_at, updated_at) VALUES ('m1', 'Seeded', 1, 1)").run();
  db.prepare(
    "INSERT INTO whys (id, meeting_id, text, kind, author, created_at, updated_at) VALUES ('w1', 'm1', 'Timeout too low', 'root', 'Priya', 2, 2)",
  ).run();
  db.prepare("INSERT INTO notes (id, meeting_id, category, text, created_at, updated_at) VALUES ('n1', 'm1', 'lesson', 'Check the timeouts', 3, 3)").run();
  db.prepare(
    `INSERT INTO action_items (id, meeting_id, position, title, owner, due_on, priority, horizon, category, status, why_id, note_id, created_at, updated_at)
     VALUES ('a1', 'm1', 0, 'Raise the timeout', '@sam', '2026-12-04', 'P0', 'quick_win', 'testing', 'in_progress', 'w1', NULL, 10, 11),
            ('a2', 'm1', 1, 'Write the runbook step', '', NULL, 'P2', 'long_term', NULL, 'open', NULL, 'n1', 12, 12)`,
  ).run();
}

describe('migration 005: action item authors', () => {
  const dbs: Database[] = [];
  const temp = useTempDir('debrief-migration-', 'file');
  afterEach(() => {
    for (const db of dbs.splice(0)) if (db.open) db.close();
  });
  const { databaseAt, step } = useMigrationTest();

  it("keeps a version-4 database's action items, every field as it was, with an empty author", () => {
    const { db, before, after } = step(4, seedVersion4, (read) => read.prepare('SELECT * FROM action_items ORDER BY id').all());
    expect(after).toEqual(before.map((row) => ({ ...(row as object), author: '' })));
    expect(listActionItems(db, 'm1').map(({ id, author, whyId, noteId }) => ({ id, author, whyId, noteId }))).toEqual([
      { id: 'a1', author: '', whyId: 'w1', noteId: null },
      { id: 'a2', author: '', whyId: null, noteId: 'n1' },
    ]);
  });

  it('adds the column as the other tables have it: TEXT, NOT NULL, empty by default, in a STRICT table', () => {
    const db = databaseAt();
    const column = (table: string) => db.prepare('SELECT type, "notnull", dflt_value FROM pragma_table_info(?) WHERE name = \'author\'').get(table);
    expect(column('action_items')).toEqual(column('timeline_events'));
    expect(column('action_items')).toEqual({ type: 'TEXT', notnull: 1, dflt_value: "''" });
    const table = db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'action_items'").get() as { sql: string };
    expect(table.sql).toMatch(/\)\s*STRICT$/);

    db.prepare("INSERT INTO meetings (id, title, created_at, updated_at) VALUES ('m1', 'x', 1, 1)").run();
    const insert = db.prepare("INSERT INTO action_items (id, meeting_id, title, author, created_at, updated_at) VALUES (?, 'm1', 'x', ?, 1, 1)");
    insert.run('named', 'Priya');
    expect(() => insert.run('null-author', null)).toThrow(/NOT NULL/);
    expect(() => insert.run('blob-author', Buffer.from('Priya'))).toThrow(/cannot store BLOB value in TEXT column/);
  });

  it('backs a version-4 file up before upgrading it when the app opens it', async () => {
    const file = temp.file(`v4-${crypto.randomUUID()}.sqlite`);
    const old = new DatabaseConstructor(file);
    migrate(old, 4);
    seedVersion4(old);
    old.close();

    const backups: string[] = [];
    const db = await openDatabase(file, { onBackup: (f) => backups.push(f) });
    dbs.push(db);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(/\.backup-v4-/);
    const copy = new DatabaseConstructor(backups[0]!, { readonly: true });
    dbs.push(copy);
    expect(schemaVersion(copy)).toBe(4);
    expect(copy.prepare("SELECT count(*) AS n FROM pragma_table_info('action_items') WHERE name = 'author'").get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT id, title, author FROM action_items ORDER BY position').all()).toEqual([
      { id: 'a1', title: 'Raise the timeout', author: '' },
      { id: 'a2', title: 'Write the runbook step', author: '' },
    ]);
  });
});
