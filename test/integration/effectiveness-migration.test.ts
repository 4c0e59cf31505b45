import { describe, expect, it } from 'vitest';
import { migrate } from '../../src/main/db/migrate.ts';
import { useMigrationTest } from '../harness/index.ts';

describe('migration 014: effectiveness results per action item, and the meetings that held the check', () => {
  const { databaseAt } = useMigrationTest();

  const seed = (db: ReturnType<typeof databaseAt>) => {
    for (const id of ['m1', 'm2']) db.prepare("INSERT INTO meetings (id, title, created_at, updated_at) VALUES (?, 'Seeded', 1, 1)").run(id);
    db.prepare("INSERT INTO action_items (id, meeting_id, position, title, created_at, updated_at) VALUES ('a1', 'm1', 0, 'Alert', 1, 1)").run();
  };

  it('adds empty tables to a version-12 database, leaving its rows as they were', () => {
    const db = databaseAt(12);
    seed(db);
    const before = db.prepare('SELECT * FROM action_items').all();
    // Migration 013 is another branch's (the follow-ups ledger); this one only needs what 012 left.
    expect(migrate(db, 14)).toBe(14);
    expect(db.prepare('SELECT * FROM action_items').all()).toEqual(before);
    for (const table of ['effectiveness_results', 'effectiveness_reviews']) expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
  });

  it('takes only the four outcomes (or none yet), a whole-number date, and one result per item', () => {
    const db = databaseAt();
    seed(db);
    const insert = db.prepare('INSERT INTO effectiveness_results (action_item_id, meeting_id, outcome, note, recorded_at) VALUES (?, ?, ?, ?, ?)');
    for (const outcome of ['prevented', 'partly', 'no', 'too_early', null]) {
      insert.run('a1', 'm1', outcome, '', 5);
      db.prepare('DELETE FROM effectiveness_results').run();
    }
    expect(() => insert.run('a1', 'm1', 'maybe', '', 5)).toThrow(/CHECK constraint failed/);
    expect(() => insert.run('a1', 'm1', null, '', 'today')).toThrow(/cannot store TEXT value in INTEGER column/);
    expect(() => insert.run('nothing', 'm1', null, '', 5)).toThrow(/FOREIGN KEY constraint failed/);
    insert.run('a1', 'm1', 'no', 'x', 5);
    expect(() => insert.run('a1', 'm1', 'no', 'y', 6)).toThrow(/UNIQUE constraint failed/);
    const link = db.prepare('INSERT INTO effectiveness_reviews (meeting_id, reviewed_meeting_id, created_at) VALUES (?, ?, 1)');
    expect(() => link.run('m1', 'm1')).toThrow(/CHECK constraint failed/);
    link.run('m2', 'm1');
  });

  it('goes with its action item, and a link with either meeting', () => {
    const db = databaseAt();
    seed(db);
    db.prepare("INSERT INTO effectiveness_results (action_item_id, meeting_id, note, recorded_at) VALUES ('a1', 'm1', '', 1)").run();
    db.prepare("INSERT INTO effectiveness_reviews (meeting_id, reviewed_meeting_id, created_at) VALUES ('m2', 'm1', 1)").run();
    db.prepare("DELETE FROM action_items WHERE id = 'a1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM effectiveness_results').get()).toEqual({ n: 0 });
    db.prepare("DELETE FROM meetings WHERE id = 'm2'").run();
    expect(db.prepare('SELECT count(*) AS n FROM effectiveness_reviews').get()).toEqual({ n: 0 });
  });
});
