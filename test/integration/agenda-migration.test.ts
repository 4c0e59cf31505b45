import { describe, expect, it } from 'vitest';
import { useMigrationTest } from '../harness/index.ts';

describe('migration 002: agenda templates, perspectives, gates and timer sound', () => {
  const { databaseAt, step } = useMigrationTest();

  it('keeps a version-1 meeting, its section and its timer, with the new columns at their defaults', () => {
    const { db, after } = step(
      1,
      (seeded) => {
        seeded.prepare("INSERT INTO meetings (id, title, created_at, updated_at) VALUES ('m1', 'Seeded', 1, 1)").run();
        seeded
          .prepare(
            `INSERT INTO agenda_sections (id, meeting_id, position, kind, title, planned_seconds, elapsed_ms, decision)
             VALUES ('s1', 'm1', 0, 'timeline', 'Timeline walkthrough', 1200, 4500, 'approve')`,
          )
          .run();
        seeded.prepare("INSERT INTO timer_states (meeting_id, current_section_id, running_since) VALUES ('m1', 's1', 1000)").run();
      },
      (read) => ({
        section: read.prepare("SELECT * FROM agenda_sections WHERE id = 's1'").get(),
        timer: read.prepare("SELECT * FROM timer_states WHERE meeting_id = 'm1'").get(),
      }),
    );
    expect(after.section).toMatchObject({
      meeting_id: 'm1',
      title: 'Timeline walkthrough',
      planned_seconds: 1200,
      elapsed_ms: 4500,
      decision: 'approve',
      perspective: null,
      gated: 0,
    });
    expect(after.timer).toMatchObject({
      current_section_id: 's1',
      running_since: 1000,
      sound_enabled: 0,
    });
    expect(db.prepare('SELECT count(*) AS n FROM agenda_templates').get()).toEqual({ n: 0 });
  });

  it('enforces the new columns and the template table: STRICT, CHECKs, JSON arrays only', () => {
    const db = databaseAt();
    const table = db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'agenda_templates'").get() as { sql: string };
    expect(table.sql).toMatch(/\)\s*STRICT$/);
    db.prepare("INSERT INTO meetings (id, title, created_at, updated_at) VALUES ('m1', 'x', 1, 1)").run();
    const section = db.prepare(
      "INSERT INTO agenda_sections (id, meeting_id, position, kind, title, planned_seconds, perspective, gated) VALUES (?, 'm1', 0, 'perspective', 'x', 60, ?, ?)",
    );
    section.run('ok', 'sre', 1);
    expect(() => section.run('bad-perspective', 'manager', 0)).toThrow(/CHECK/);
    expect(() => section.run('bad-gate', null, 2)).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO timer_states (meeting_id, sound_enabled) VALUES ('m1', 5)").run()).toThrow(/CHECK/);

    const template = db.prepare("INSERT INTO agenda_templates (id, name, sections, created_at) VALUES (?, 'Mine', ?, 1)");
    template.run('t1', '[{"kind":"custom","title":"x","minutes":5}]');
    expect(() => template.run('t2', 'not json')).toThrow(/CHECK/);
    expect(() => template.run('t3', '{"kind":"custom"}')).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO agenda_templates (id, name, sections, created_at) VALUES ('t4', '', '[]', 1)").run()).toThrow(/CHECK/);
    expect(db.prepare('SELECT description FROM agenda_templates').all()).toEqual([{ description: '' }]);
  });
});
