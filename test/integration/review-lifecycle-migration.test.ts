import { describe, expect, it } from 'vitest';
import { useMigrationTest } from '../harness/index.ts';

describe('migration 012: the review lifecycle of each meeting', () => {
  const { databaseAt, step } = useMigrationTest();

  const seedMeeting = (db: ReturnType<typeof databaseAt>, id = 'm1') =>
    db.prepare("INSERT INTO meetings (id, title, created_at, updated_at) VALUES (?, 'Seeded', 1, 1)").run(id);

  it('adds empty tables to an older database, leaving its meetings as they were (drafts: no review row)', () => {
    const { db, before, after } = step(
      11,
      (seeded) => seedMeeting(seeded),
      (read) => read.prepare('SELECT * FROM meetings').all(),
    );
    expect(after).toEqual(before);
    for (const table of ['reviews', 'review_reviewers', 'review_history']) {
      expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
    }
    db.prepare("INSERT INTO reviews (meeting_id, state_changed_at) VALUES ('m1', 5)").run();
    expect(db.prepare('SELECT * FROM reviews').get()).toEqual({ meeting_id: 'm1', state: 'draft', state_changed_at: 5 });
  });

  it('takes only the three states and five kinds of history, and one reviewer of a name per review', () => {
    const db = databaseAt();
    seedMeeting(db, 'm1');
    const review = db.prepare('INSERT INTO reviews (meeting_id, state, state_changed_at) VALUES (?, ?, 1)');
    expect(() => review.run('m1', 'archived')).toThrow(/CHECK constraint failed/);
    expect(() => review.run('nobody', 'draft')).toThrow(/FOREIGN KEY constraint failed/);
    review.run('m1', 'published');

    const reviewer = db.prepare('INSERT INTO review_reviewers (meeting_id, name, added_at, signed_off_at) VALUES (?, ?, ?, ?)');
    reviewer.run('m1', 'Ana', 1, null);
    expect(() => reviewer.run('m1', 'ana', 2, null)).toThrow(/UNIQUE constraint failed/);
    expect(() => reviewer.run('m1', '', 2, null)).toThrow(/CHECK constraint failed/);
    expect(() => reviewer.run('m1', 'Bo', 'today', null)).toThrow(/cannot store TEXT value in INTEGER column/);

    const history = db.prepare('INSERT INTO review_history (meeting_id, at, who, kind, detail) VALUES (?, 1, ?, ?, ?)');
    for (const kind of ['state_change', 'reopened', 'edit_after_circulation', 'sign_off', 'reviewer_added']) history.run('m1', 'facilitator', kind, 'x');
    expect(() => history.run('m1', 'facilitator', 'deleted', '')).toThrow(/CHECK constraint failed/);
    expect(() => history.run('m1', '', 'sign_off', '')).toThrow(/CHECK constraint failed/);
  });

  it('goes with its meeting', () => {
    const db = databaseAt();
    seedMeeting(db, 'm1');
    seedMeeting(db, 'm2');
    for (const id of ['m1', 'm2']) {
      db.prepare("INSERT INTO reviews (meeting_id, state, state_changed_at) VALUES (?, 'in_review', 1)").run(id);
      db.prepare("INSERT INTO review_reviewers (meeting_id, name, added_at) VALUES (?, 'Ana', 1)").run(id);
      db.prepare("INSERT INTO review_history (meeting_id, at, who, kind) VALUES (?, 1, 'facilitator', 'state_change')").run(id);
    }
    db.prepare("DELETE FROM meetings WHERE id = 'm1'").run();
    for (const table of ['reviews', 'review_reviewers', 'review_history']) {
      expect(db.prepare(`SELECT DISTINCT meeting_id FROM ${table}`).all()).toEqual([{ meeting_id: 'm2' }]);
    }
  });
});
