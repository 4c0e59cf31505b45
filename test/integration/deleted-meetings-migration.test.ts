import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../src/main/db/migrate.ts';
import { useMigrationTest } from '../harness/index.ts';

describe('migration 009: deleted meetings keep their archive', () => {
  const { databaseAt } = useMigrationTest();

  it('adds an empty table to an older database and leaves its meetings as they were', () => {
    const db = databaseAt(8);
    db.prepare("INSERT INTO meetings (id, title, created_at, updated_at) VALUES ('m1', 'Seeded', 1, 1)").run();
    const before = db.prepare('SELECT * FROM meetings').all();
    expect(migrate(db, 9)).toBe(9);
    expect(schemaVersion(db)).toBe(9);
    expect(db.prepare('SELECT * FROM meetings').all()).toEqual(before);
    expect(db.prepare('SELECT count(*) AS n FROM deleted_meetings').get()).toEqual({ n: 0 });
  });

  it('holds one archive per meeting id, and only valid JSON', () => {
    const db = databaseAt();
    const insert = db.prepare('INSERT INTO deleted_meetings (meeting_id, title, deleted_at, archive) VALUES (?, ?, ?, ?)');
    insert.run('m1', 'Checkout outage', 1_764_000_000_000, '{"format":"debrief.meeting-archive"}');
    expect(() => insert.run('m1', 'Again', 1, '{}')).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => insert.run('m2', 'Broken', 1, '{"format":')).toThrow(/CHECK constraint failed/);
    expect(() => insert.run('m3', 'Text time', 'yesterday', '{}')).toThrow(/cannot store TEXT value in INTEGER column/);
  });
});
