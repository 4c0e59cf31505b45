import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../src/main/db/migrate.ts';
import { MIGRATIONS } from '../../src/main/db/migrations/index.ts';
import { id as uuid } from '../../src/shared/api/fields.ts';
import { useMigrationTest } from '../harness/index.ts';

/**
 * Migration 015 follows 012 on this branch; 013 and 014 come from other branches. The test steps from whichever
 * version comes before 15, so it holds with or without them.
 */
const BEFORE = Math.max(...MIGRATIONS.filter((migration) => migration.version < 15).map((migration) => migration.version));

describe('migration 015: the people directory and reminder settings', () => {
  const { databaseAt } = useMigrationTest();

  const seed = (db: ReturnType<typeof databaseAt>) => {
    const meeting = db.prepare("INSERT INTO meetings (id, title, created_at, updated_at) VALUES (?, 'Seeded', 1, 1)");
    meeting.run('m1');
    meeting.run('m2');
    const item = db.prepare('INSERT INTO action_items (id, meeting_id, title, owner, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
    item.run('a1', 'm1', 'Add an alert', 'Ana Lima', 10, 10);
    item.run('a2', 'm2', 'Write the runbook', 'ana lima', 5, 5);
    item.run('a3', 'm2', 'Nobody yet', '', 6, 6);
    item.run('a4', 'm2', 'Load test', 'Bo Chen', 7, 7);
    const participant = db.prepare('INSERT INTO participants (id, meeting_id, name, role, created_at) VALUES (?, ?, ?, ?, ?)');
    participant.run('p1', 'm1', 'Bo Chen', 'responder', 3);
    participant.run('p2', 'm1', 'Chidi Okafor', 'facilitator', 4);
  };

  it('starts the directory with every owner and participant, one person per name ignoring case', () => {
    const db = databaseAt(BEFORE);
    expect(schemaVersion(db)).toBe(BEFORE);
    seed(db);
    const items = db.prepare('SELECT * FROM action_items ORDER BY id').all();
    expect(migrate(db, 15)).toBe(15);

    const people = db.prepare('SELECT * FROM people ORDER BY name COLLATE NOCASE').all() as Array<Record<string, unknown>>;
    expect(people.map((person) => String(person.name).toLowerCase())).toEqual(['ana lima', 'bo chen', 'chidi okafor']);
    for (const person of people) {
      expect(uuid.safeParse(person.id).success, String(person.id)).toBe(true);
      expect(person).toMatchObject({ email: '', jira_user: '', github_login: '' });
    }
    // Each person dates from the first time their name was stored.
    expect(people.map((person) => person.created_at)).toEqual([5, 3, 4]);
    expect(db.prepare('SELECT * FROM action_items ORDER BY id').all()).toEqual(items);
    expect(db.prepare('SELECT * FROM reminder_settings').all()).toEqual([{ id: 1, me_person_id: null, asked: 0, last_shown_on: null }]);
  });

  it('refuses a second person of the same name in another case, and a second settings row', () => {
    const db = databaseAt();
    const add = db.prepare('INSERT INTO people (id, name, created_at, updated_at) VALUES (?, ?, 1, 1)');
    add.run('x1', 'Ana Lima');
    expect(() => add.run('x2', 'ANA LIMA')).toThrow(/UNIQUE constraint failed/);
    expect(() => add.run('x3', '')).toThrow(/CHECK constraint failed/);
    expect(() => db.prepare('INSERT INTO reminder_settings (id) VALUES (2)').run()).toThrow(/CHECK constraint failed/);
  });

  it('forgets who the user is when that person is deleted', () => {
    const db = databaseAt();
    db.prepare("INSERT INTO people (id, name, created_at, updated_at) VALUES ('x1', 'Ana Lima', 1, 1)").run();
    db.prepare("UPDATE reminder_settings SET me_person_id = 'x1', asked = 1").run();
    db.prepare("DELETE FROM people WHERE id = 'x1'").run();
    expect(db.prepare('SELECT me_person_id, asked FROM reminder_settings').get()).toEqual({ me_person_id: null, asked: 1 });
  });
});
