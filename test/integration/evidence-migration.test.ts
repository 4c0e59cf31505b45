import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../src/main/db/migrate.ts';
import { useMigrationTest } from '../harness/index.ts';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

describe('migration 008: evidence', () => {
  const { databaseAt } = useMigrationTest();

  function version5WithItems() {
    const db = databaseAt(5);
    db.prepare("INSERT INTO meetings (id, title, created_at, updated_at) VALUES ('m1', 'Database outage', 1, 1)").run();
    db.prepare(
      "INSERT INTO timeline_events (id, meeting_id, occurred_at, description, created_at, updated_at) VALUES ('t1', 'm1', 5, 'Replication lag alert', 1, 1)",
    ).run();
    db.prepare("INSERT INTO whys (id, meeting_id, text, created_at, updated_at) VALUES ('w1', 'm1', 'Backups were never verified', 2, 2)").run();
    return db;
  }

  it('upgrades a version-5 database, keeping its rows, and adds a STRICT evidence table', () => {
    const db = version5WithItems();
    const before = db.prepare('SELECT * FROM timeline_events').all();
    migrate(db, 8);
    expect(schemaVersion(db)).toBe(8);
    expect(db.prepare('SELECT * FROM timeline_events').all()).toEqual(before);
    const table = db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'evidence'").get() as { sql: string };
    expect(table.sql).toMatch(/\)\s*STRICT$/);
  });

  it('stores an image on one item and a link on another, and deletes them with their item', () => {
    const db = version5WithItems();
    migrate(db, 8);
    const insert = db.prepare(
      `INSERT INTO evidence (id, meeting_id, timeline_event_id, why_id, kind, caption, url, media_type, bytes, byte_size, created_at, updated_at)
       VALUES (@id, 'm1', @t, @w, @kind, 'Lag graph', @url, @type, @bytes, @size, 1, 1)`,
    );
    insert.run({ id: 'e1', t: 't1', w: null, kind: 'image', url: null, type: 'image/png', bytes: PNG, size: PNG.length });
    insert.run({ id: 'e2', t: null, w: 'w1', kind: 'link', url: 'https://grafana.example.com/d/1', type: null, bytes: null, size: null });
    db.prepare("DELETE FROM timeline_events WHERE id = 't1'").run();
    expect(db.prepare('SELECT id FROM evidence').all()).toEqual([{ id: 'e2' }]);
    db.prepare("DELETE FROM meetings WHERE id = 'm1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM evidence').get()).toEqual({ n: 0 });
  });

  it('refuses rows the app must never hold', () => {
    const db = version5WithItems();
    migrate(db, 8);
    const insert = db.prepare(
      `INSERT INTO evidence (id, meeting_id, timeline_event_id, why_id, kind, caption, url, media_type, bytes, byte_size, created_at, updated_at)
       VALUES (@id, 'm1', @t, @w, @kind, @caption, @url, @type, @bytes, @size, 1, 1)`,
    );
    const image = { id: 'x', t: 't1', w: null, kind: 'image', caption: 'Graph', url: null, type: 'image/png', bytes: PNG, size: PNG.length };
    expect(() => insert.run({ ...image, type: 'image/svg+xml' })).toThrow(/CHECK/);
    expect(() => insert.run({ ...image, caption: '' })).toThrow(/CHECK/);
    expect(() => insert.run({ ...image, w: 'w1' })).toThrow(/CHECK/);
    expect(() => insert.run({ ...image, t: null })).toThrow(/CHECK/);
    expect(() => insert.run({ ...image, bytes: Buffer.alloc(10 * 1024 * 1024 + 1), size: 10 * 1024 * 1024 + 1 })).toThrow(/CHECK/);
    const link = { ...image, kind: 'link', type: null, bytes: null, size: null };
    expect(() => insert.run({ ...link, url: 'javascript:alert(1)' })).toThrow(/CHECK/);
    expect(() => insert.run({ ...link, url: 'https://example.com', t: 'missing' })).toThrow(/FOREIGN KEY/);
  });
});
