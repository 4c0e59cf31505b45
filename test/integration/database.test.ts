import fs from 'node:fs';
import DatabaseConstructor from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseTooNewError, NotADebriefDatabaseError, migrate, schemaVersion } from '../../src/main/db/migrate.ts';
import type { Migration } from '../../src/main/db/migration-type.ts';
import { LATEST_VERSION, MIGRATIONS } from '../../src/main/db/migrations/index.ts';
import { useMigrationTest, useTempDir } from '../harness/index.ts';
import { openDatabase } from '../../src/main/db/open.ts';

describe('openDatabase', () => {
  const temp = useTempDir();
  const opened: Database[] = [];
  const open = async (file: string, options?: Parameters<typeof openDatabase>[1]) => {
    const db = await openDatabase(file, options);
    opened.push(db);
    return db;
  };
  afterEach(() => {
    for (const db of opened.splice(0)) if (db.open) db.close();
  });

  it('creates the file and its folder, with durable pragmas and the latest schema', async () => {
    const db = await open(temp.file('nested/folder/debrief.sqlite'));
    expect(fs.existsSync(temp.file('nested/folder/debrief.sqlite'))).toBe(true);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('temp_store', { simple: true })).toBe(2); // MEMORY
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    // The search index (migration 016) is an FTS5 virtual table, whose own tables FTS5 creates: neither can be STRICT.
    const tables = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'search_index%' ORDER BY name").all() as Array<{
      name: string;
      sql: string;
    }>;
    expect(tables.map((t) => t.name)).toEqual([
      'action_check_dismissals',
      'action_items',
      'agenda_sections',
      'agenda_templates',
      'conflicts',
      'deleted_meetings',
      'detached_effectiveness_results',
      'detached_evidence',
      'effectiveness_results',
      'effectiveness_reviews',
      'evidence',
      'factors',
      'item_factors',
      'library_source_files',
      'library_sources',
      'meeting_metrics',
      'meeting_services',
      'meetings',
      'notes',
      'participants',
      'people',
      'redaction_terms',
      'reminder_settings',
      'review_history',
      'review_reviewers',
      'reviews',
      'search_added',
      'search_deferral',
      'search_documents',
      'search_removed',
      'shared_screens',
      'timeline_events',
      'timeline_imports',
      'timer_states',
      'whys',
    ]);
    for (const table of tables) expect(table.sql, table.name).toMatch(/\)\s*STRICT$/);
  });

  it('makes no backup of a brand-new database and none when nothing is pending', async () => {
    const file = temp.file('debrief.sqlite');
    const backups: string[] = [];
    (await open(file, { onBackup: (f) => backups.push(f) })).close();
    (await open(file, { onBackup: (f) => backups.push(f) })).close();
    expect(backups).toEqual([]);
  });

  it('copies an existing database with the backup API before migrating it', async () => {
    const file = temp.file('old.sqlite');
    const old = new DatabaseConstructor(file);
    migrate(old, 1);
    old.prepare("INSERT INTO meetings (id, title, created_at, updated_at) VALUES ('m1', 'Kept', 1, 1)").run();
    old.close();

    const next: Migration = { version: 2, name: 'add column', up: 'ALTER TABLE meetings ADD COLUMN extra TEXT' };
    const backups: string[] = [];
    const db = await open(file, {
      migrations: [...MIGRATIONS, next],
      onBackup: (f) => backups.push(f),
      now: () => new Date('2026-11-23T10:00:00Z'),
    });
    expect(schemaVersion(db)).toBe(2);
    expect(backups).toEqual([`${file}.backup-v1-2026-11-23T10-00-00-000Z`]);

    const copy = new DatabaseConstructor(backups[0]!, { readonly: true });
    opened.push(copy);
    expect(schemaVersion(copy)).toBe(1);
    expect(copy.prepare('SELECT title FROM meetings').all()).toEqual([{ title: 'Kept' }]);
    expect(copy.prepare("SELECT count(*) AS n FROM pragma_table_info('meetings') WHERE name = 'extra'").get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT title, extra FROM meetings').all()).toEqual([{ title: 'Kept', extra: null }]);
  });

  it('refuses a database written by a newer version, leaving it untouched', async () => {
    const file = temp.file('newer.sqlite');
    const newer = new DatabaseConstructor(file);
    newer.pragma(`user_version = ${LATEST_VERSION + 7}`);
    newer.close();
    const before = fs.readFileSync(file);
    await expect(openDatabase(file)).rejects.toBeInstanceOf(DatabaseTooNewError);
    await expect(openDatabase(file)).rejects.toThrow(/newer version of Debrief/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses an SQLite file that belongs to another program', async () => {
    const file = temp.file('other.sqlite');
    const other = new DatabaseConstructor(file);
    other.exec('CREATE TABLE customers (id INTEGER PRIMARY KEY)');
    other.close();
    await expect(openDatabase(file)).rejects.toBeInstanceOf(NotADebriefDatabaseError);
  });
});

describe('migrate', () => {
  const { databaseAt, step } = useMigrationTest();

  it('runs all pending migrations in one transaction: a failing one leaves the version and schema as they were', () => {
    const db = databaseAt(0);
    const broken: Migration = { version: 2, name: 'broken', up: 'CREATE TABLE fine (x INTEGER) STRICT; THIS IS NOT SQL' };
    expect(() => migrate(db, 2, [...MIGRATIONS, broken])).toThrow();
    expect(schemaVersion(db)).toBe(0);
    const count = db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get() as { n: number };
    expect(count.n).toBe(0);
  });

  it('migrates to version N, keeps seeded rows through N+1', () => {
    const next: Migration = { version: 2, name: 'add column', up: "ALTER TABLE meetings ADD COLUMN room TEXT NOT NULL DEFAULT 'main'" };
    const { after } = step(
      1,
      (db) => db.prepare("INSERT INTO meetings (id, title, created_at, updated_at) VALUES ('m1', 'Seeded', 1, 1)").run(),
      (db) => db.prepare("SELECT * FROM meetings WHERE id = 'm1'").get(),
      [...MIGRATIONS.filter((migration) => migration.version < 2), next],
    );
    expect(after).toMatchObject({ title: 'Seeded', room: 'main' });
  });

  it('enforces the schema: STRICT types, CHECK constraints and cascading deletes', () => {
    const db = databaseAt();
    const insertMeeting = db.prepare('INSERT INTO meetings (id, title, severity, created_at, updated_at) VALUES (?, ?, ?, 1, 1)');
    expect(() => insertMeeting.run('m1', 'x', 'SEV9')).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO meetings (id, title, created_at, updated_at) VALUES ('m2', 'x', 'soon', 1)").run()).toThrow(
      /cannot store TEXT value in INTEGER column/,
    );
    insertMeeting.run('m1', 'x', 'SEV1');
    db.prepare("INSERT INTO timeline_events (id, meeting_id, occurred_at, description, created_at, updated_at) VALUES ('e1', 'm1', 5, 'd', 1, 1)").run();
    expect(() =>
      db.prepare("INSERT INTO timeline_events (id, meeting_id, occurred_at, description, created_at, updated_at) VALUES ('e2', 'nope', 5, 'd', 1, 1)").run(),
    ).toThrow(/FOREIGN KEY/);
    db.prepare("DELETE FROM meetings WHERE id = 'm1'").run();
    expect((db.prepare('SELECT count(*) AS n FROM timeline_events').get() as { n: number }).n).toBe(0);
  });
});
