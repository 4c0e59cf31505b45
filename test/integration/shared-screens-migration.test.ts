import { describe, expect, it } from 'vitest';
import { useMigrationTest } from '../harness/index.ts';

describe('migration 011: the shared screen of each meeting', () => {
  const { databaseAt, step } = useMigrationTest();

  const seedMeeting = (db: ReturnType<typeof databaseAt>, id = 'm1') =>
    db.prepare("INSERT INTO meetings (id, title, created_at, updated_at) VALUES (?, 'Seeded', 1, 1)").run(id);

  it('adds an empty table to an older database, leaving its meetings as they were', () => {
    const { db, before, after } = step(
      10,
      (seeded) => seedMeeting(seeded),
      (read) => read.prepare('SELECT * FROM meetings').all(),
    );
    expect(after).toEqual(before);
    expect(db.prepare('SELECT count(*) AS n FROM shared_screens').get()).toEqual({ n: 0 });
    // A row written with only its meeting shows nothing in focus, from the first page.
    db.prepare("INSERT INTO shared_screens (meeting_id) VALUES ('m1')").run();
    expect(db.prepare('SELECT * FROM shared_screens').get()).toEqual({
      meeting_id: 'm1',
      focus_kind: null,
      focus_id: null,
      focused_at: null,
      page: 0,
      page_turned_at: null,
    });
  });

  it('takes only the four kinds of item, both halves of a focus or neither, and no negative page', () => {
    const db = databaseAt();
    for (const id of ['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7']) seedMeeting(db, id);
    const insert = db.prepare('INSERT INTO shared_screens (meeting_id, focus_kind, focus_id, focused_at, page, page_turned_at) VALUES (?, ?, ?, ?, ?, ?)');
    for (const [meeting, kind] of [
      ['m1', 'timeline_event'],
      ['m2', 'why'],
      ['m3', 'action_item'],
      ['m4', 'note'],
    ] as const) {
      insert.run(meeting, kind, 'x', 5, 1, 6);
    }
    expect(() => insert.run('m5', 'perspective_finding', 'x', 5, 0, null)).toThrow(/CHECK constraint failed/);
    expect(() => insert.run('m5', 'note', null, 5, 0, null)).toThrow(/CHECK constraint failed/);
    expect(() => insert.run('m5', null, 'x', 5, 0, null)).toThrow(/CHECK constraint failed/);
    expect(() => insert.run('m5', null, null, null, -1, null)).toThrow(/CHECK constraint failed/);
    expect(() => insert.run('m5', null, null, null, 'two', null)).toThrow(/cannot store TEXT value in INTEGER column/);
    expect(() => insert.run('nobody', null, null, null, 0, null)).toThrow(/FOREIGN KEY constraint failed/);
    expect(() => insert.run('m1', null, null, null, 0, null)).toThrow(/UNIQUE constraint failed/);
  });

  it('goes with its meeting', () => {
    const db = databaseAt();
    seedMeeting(db, 'm1');
    seedMeeting(db, 'm2');
    db.prepare("INSERT INTO shared_screens (meeting_id, page) VALUES ('m1', 2), ('m2', 3)").run();
    db.prepare("DELETE FROM meetings WHERE id = 'm1'").run();
    expect(db.prepare('SELECT meeting_id, page FROM shared_screens').all()).toEqual([{ meeting_id: 'm2', page: 3 }]);
  });
});
