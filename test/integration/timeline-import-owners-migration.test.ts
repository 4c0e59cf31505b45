import { describe, expect, it } from 'vitest';
import { migrate } from '../../src/main/db/migrate.ts';
import { useMigrationTest } from '../harness/index.ts';

describe('migration 025: a timeline import names the process that runs it', () => {
  const { databaseAt } = useMigrationTest();

  it('keeps every import as it was, naming no process, and takes a process id from then on', () => {
    const db = databaseAt(24);
    db.prepare("INSERT INTO meetings (id, title, created_at, updated_at) VALUES ('m1', 'Seeded', 1, 1)").run();
    const add = db.prepare("INSERT INTO timeline_imports (id, meeting_id, state, event_count, started_at, updated_at) VALUES (?, 'm1', ?, ?, 1, 2)");
    add.run('i1', 'running', 3);
    add.run('i2', 'finished', 40);
    const before = db.prepare('SELECT * FROM timeline_imports ORDER BY id').all();
    expect(migrate(db, 25)).toBe(25);
    const after = db.prepare('SELECT * FROM timeline_imports ORDER BY id').all() as Array<Record<string, unknown>>;
    expect(after.map(({ owner_pid: _owner, ...rest }) => rest)).toEqual(before);
    expect(after.map((row) => row.owner_pid)).toEqual([null, null]);

    db.prepare("INSERT INTO timeline_imports (id, meeting_id, state, started_at, updated_at, owner_pid) VALUES ('i3', 'm1', 'running', 5, 5, 4242)").run();
    expect(db.prepare("SELECT owner_pid FROM timeline_imports WHERE id = 'i3'").get()).toEqual({ owner_pid: 4242 });
    expect(() =>
      db.prepare("INSERT INTO timeline_imports (id, meeting_id, state, started_at, updated_at, owner_pid) VALUES ('i4', 'm1', 'running', 5, 5, 0)").run(),
    ).toThrow(/CHECK constraint failed/);
  });
});
