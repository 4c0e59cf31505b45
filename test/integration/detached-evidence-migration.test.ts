import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../src/main/db/migrate.ts';
import { useMigrationTest } from '../harness/index.ts';

describe('migration 010: evidence of deleted items is kept aside', () => {
  const { databaseAt } = useMigrationTest();

  it('adds an empty table to an older database, leaving its evidence where it was', () => {
    const db = databaseAt(9);
    db.prepare("INSERT INTO meetings (id, title, created_at, updated_at) VALUES ('m1', 'Seeded', 1, 1)").run();
    db.prepare("INSERT INTO notes (id, meeting_id, category, position, text, created_at, updated_at) VALUES ('n1', 'm1', 'lesson', 0, 'x', 1, 1)").run();
    db.prepare(
      "INSERT INTO evidence (id, meeting_id, note_id, kind, caption, url, created_at, updated_at) VALUES ('e1', 'm1', 'n1', 'link', 'Graph', 'https://example.com', 1, 1)",
    ).run();
    const before = db.prepare('SELECT * FROM evidence').all();
    expect(migrate(db, 10)).toBe(10);
    expect(schemaVersion(db)).toBe(10);
    expect(db.prepare('SELECT * FROM evidence').all()).toEqual(before);
    expect(db.prepare('SELECT count(*) AS n FROM detached_evidence').get()).toEqual({ n: 0 });
  });

  it('goes with its meeting, and names only the three kinds of item', () => {
    const db = databaseAt();
    db.prepare("INSERT INTO meetings (id, title, created_at, updated_at) VALUES ('m1', 'Seeded', 1, 1)").run();
    const insert = db.prepare(
      "INSERT INTO detached_evidence (id, meeting_id, target, target_id, kind, caption, url, created_at, updated_at, detached_at) VALUES (?, 'm1', ?, 'x', 'link', 'Graph', 'https://example.com', 1, 1, 2)",
    );
    insert.run('d1', 'note');
    expect(() => insert.run('d2', 'action_item')).toThrow(/CHECK constraint failed/);
    db.prepare("DELETE FROM meetings WHERE id = 'm1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM detached_evidence').get()).toEqual({ n: 0 });
  });
});
