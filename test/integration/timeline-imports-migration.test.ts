import { describe, expect, it } from 'vitest';
import { migrate } from '../../src/main/db/migrate.ts';
import { MIGRATIONS } from '../../src/main/db/migrations/index.ts';
import { useMigrationTest } from '../harness/index.ts';

describe('migration 022: timeline events take import sources, origins and key moments', () => {
  const { databaseAt } = useMigrationTest();

  const seed = (db: ReturnType<ReturnType<typeof useMigrationTest>['databaseAt']>) => {
    db.prepare("INSERT INTO meetings (id, title, created_at, updated_at) VALUES ('m1', 'Seeded', 1, 1)").run();
    const event = db.prepare(
      "INSERT INTO timeline_events (id, meeting_id, occurred_at, description, actor, phase, source, created_at, updated_at) VALUES (?, 'm1', ?, ?, 'ops', 'detection', ?, 1, 1)",
    );
    event.run('t1', 1000, 'Checkout errors paged the on-call engineer', 'csv_import');
    event.run('t2', 2000, 'Rolled back the release', 'manual');
    db.prepare(
      "INSERT INTO evidence (id, meeting_id, timeline_event_id, kind, caption, url, created_at, updated_at) VALUES ('e1', 'm1', 't1', 'link', 'Graph', 'https://example.com', 1, 1)",
    ).run();
  };

  it('keeps every event, its evidence and its search entry, with an empty origin and nothing starred', () => {
    const db = databaseAt(21);
    seed(db);
    const before = db.prepare('SELECT id, meeting_id, occurred_at, description, actor, phase, source FROM timeline_events ORDER BY id').all();
    expect(migrate(db, 22)).toBe(22);
    expect(db.prepare('SELECT id, meeting_id, occurred_at, description, actor, phase, source FROM timeline_events ORDER BY id').all()).toEqual(before);
    expect(db.prepare('SELECT DISTINCT origin, key_moment, import_id FROM timeline_events').all()).toEqual([{ origin: '', key_moment: 0, import_id: null }]);
    expect(db.prepare('SELECT id, timeline_event_id FROM evidence').all()).toEqual([{ id: 'e1', timeline_event_id: 't1' }]);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const found = db.prepare("SELECT item_id FROM search_documents d JOIN search_index i ON i.rowid = d.id WHERE search_index MATCH 'paged'").all();
    expect(found).toEqual([{ item_id: 't1' }]);
  });

  it('keeps the search index in step with writes after the rebuild, and evidence still goes with its event', () => {
    const db = databaseAt(21);
    seed(db);
    migrate(db, 22);
    db.prepare("UPDATE timeline_events SET description = 'Paging was delayed by a quiet-hours rule' WHERE id = 't2'").run();
    const search = (word: string) =>
      db.prepare('SELECT item_id FROM search_documents d JOIN search_index i ON i.rowid = d.id WHERE search_index MATCH ? ORDER BY item_id').all(word);
    expect(search('quiet')).toEqual([{ item_id: 't2' }]);
    expect(search('rolled')).toEqual([]);
    db.prepare("DELETE FROM timeline_events WHERE id = 't1'").run();
    expect(search('paged')).toEqual([]);
    expect(db.prepare('SELECT count(*) AS n FROM evidence').get()).toEqual({ n: 0 });
  });

  it('takes the new sources and refuses unknown ones, and a key moment is 0 or 1', () => {
    const db = databaseAt();
    db.prepare("INSERT INTO meetings (id, title, created_at, updated_at) VALUES ('m1', 'Seeded', 1, 1)").run();
    const insert = db.prepare(
      "INSERT INTO timeline_events (id, meeting_id, occurred_at, description, source, origin, key_moment, created_at, updated_at) VALUES (?, 'm1', 1, 'x', ?, ?, ?, 1, 1)",
    );
    for (const [index, source] of [
      'slack_import',
      'pagerduty_import',
      'opsgenie_import',
      'alertmanager_import',
      'deployment_import',
      'jsonl_import',
    ].entries()) {
      insert.run(`s${index}`, source, '#incident-42', 1);
    }
    expect(() => insert.run('bad', 'telepathy', '', 0)).toThrow(/CHECK constraint failed/);
    expect(() => insert.run('bad2', 'manual', '', 2)).toThrow(/CHECK constraint failed/);
  });

  it('runs over rows an older version left dangling, but rolls back a migration that would leave new ones', () => {
    const db = databaseAt(21);
    seed(db);
    db.pragma('foreign_keys = OFF');
    db.prepare(
      "INSERT INTO evidence (id, meeting_id, timeline_event_id, kind, caption, url, created_at, updated_at) VALUES ('e2', 'm1', 'gone', 'link', 'x', 'https://example.com', 1, 1)",
    ).run();
    db.pragma('foreign_keys = ON');
    expect(migrate(db, 22)).toBe(22);
    expect(db.prepare("SELECT timeline_event_id FROM evidence WHERE id = 'e2'").get()).toEqual({ timeline_event_id: 'gone' });

    const breaking = [...MIGRATIONS, { version: 23, name: 'loses-events', up: 'DELETE FROM timeline_events;' }];
    expect(() => migrate(db, 23, breaking)).toThrow(/pointing at missing timeline_events rows/);
    expect(db.pragma('user_version', { simple: true })).toBe(22);
    expect(db.prepare('SELECT count(*) AS n FROM timeline_events').get()).toEqual({ n: 2 });
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });
});
