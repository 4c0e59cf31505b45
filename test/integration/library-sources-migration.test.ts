import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../src/main/db/migrate.ts';
import { MIGRATIONS } from '../../src/main/db/migrations/index.ts';
import { useMigrationTest } from '../harness/index.ts';

/** Migration 018 follows 015 on this branch; 016 and 017 come from other branches, so the test steps from whichever is before. */
const BEFORE = Math.max(...MIGRATIONS.filter((migration) => migration.version < 18).map((migration) => migration.version));

describe('migration 018: library sources', () => {
  const { databaseAt } = useMigrationTest();

  it('adds the sources and their files, and a meeting deleted takes its link with it, a source its links', () => {
    const db = databaseAt(BEFORE);
    db.prepare("INSERT INTO meetings (id, title, created_at, updated_at) VALUES ('m1', 'Kept', 1, 1), ('m2', 'Read', 1, 1)").run();
    expect(migrate(db, 18)).toBe(18);
    expect(schemaVersion(db)).toBe(18);
    expect(db.prepare('SELECT title FROM meetings ORDER BY id').all()).toEqual([{ title: 'Kept' }, { title: 'Read' }]);

    db.prepare("INSERT INTO library_sources (id, path, name, added_at) VALUES ('s1', '/team', 'team', 5)").run();
    const link = db.prepare("INSERT INTO library_source_files (source_id, file, meeting_id, modified_ms, size, sha256) VALUES ('s1', ?, ?, 1, 2, 'x')");
    link.run('a/archive.json', 'm1');
    link.run('b/archive.json', 'm2');
    expect(() => link.run('c/archive.json', 'm2')).toThrow(/UNIQUE/);
    expect(db.prepare("SELECT problems, read_at FROM library_sources WHERE id = 's1'").get()).toEqual({ problems: '[]', read_at: null });

    db.prepare("DELETE FROM meetings WHERE id = 'm1'").run();
    expect(db.prepare('SELECT file FROM library_source_files').all()).toEqual([{ file: 'b/archive.json' }]);
    db.prepare("DELETE FROM library_sources WHERE id = 's1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM library_source_files').get()).toEqual({ n: 0 });
  });
});
