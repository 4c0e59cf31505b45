import type { Database } from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../src/main/db/migrate.ts';
import { MIGRATIONS } from '../../src/main/db/migrations/index.ts';
import { listSections } from '../../src/main/db/repositories/agenda-sections.ts';
import { useMigrationTest } from '../harness/index.ts';

/** The version just before 007 (versions are assigned ahead, so the one before may be 5 or 6). */
const BEFORE = Math.max(...MIGRATIONS.filter((migration) => migration.version < 7).map((migration) => migration.version));

/** A meeting from before version 7 with a gated section that has a decision and one that has none. */
function seedOlder(db: Database): void {
  db.prepare("INSERT INTO meetings (id, title, created_at, updated_at) VALUES ('m1', 'Seeded', 1, 1)").run();
  db.prepare(
    `INSERT INTO agenda_sections (id, meeting_id, position, kind, title, planned_seconds, gated, decision, decision_note)
     VALUES ('s1', 'm1', 0, 'triage', 'Triage', 600, 1, 'approve', 'Scope agreed'),
            ('s2', 'm1', 1, 'mitigation', 'Mitigation', 600, 1, NULL, '')`,
  ).run();
}

describe('migration 007: gate overrides', () => {
  const { databaseAt } = useMigrationTest();

  it("keeps an older database's sections as they were, none of them overridden", () => {
    const db = databaseAt(BEFORE);
    seedOlder(db);
    const read = () => db.prepare('SELECT * FROM agenda_sections ORDER BY id').all();
    const before = read();
    expect(migrate(db, 7)).toBe(7);
    expect(schemaVersion(db)).toBe(7);
    const after = read();
    expect(after).toEqual(before.map((row) => ({ ...(row as object), gate_overridden_at: null, gate_override_note: '' })));
    expect(
      listSections(db, 'm1').map(({ id, decision, gateOverriddenAt, gateOverrideNote }) => ({ id, decision, gateOverriddenAt, gateOverrideNote })),
    ).toEqual([
      { id: 's1', decision: 'approve', gateOverriddenAt: null, gateOverrideNote: '' },
      { id: 's2', decision: null, gateOverriddenAt: null, gateOverrideNote: '' },
    ]);
  });

  it('adds a nullable INTEGER time and a TEXT NOT NULL note, empty by default, in the STRICT table', () => {
    const db = databaseAt();
    const column = (name: string) => db.prepare('SELECT type, "notnull", dflt_value FROM pragma_table_info(\'agenda_sections\') WHERE name = ?').get(name);
    expect(column('gate_overridden_at')).toEqual({ type: 'INTEGER', notnull: 0, dflt_value: null });
    expect(column('gate_override_note')).toEqual({ type: 'TEXT', notnull: 1, dflt_value: "''" });
    const table = db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'agenda_sections'").get() as { sql: string };
    expect(table.sql).toMatch(/\)\s*STRICT$/);

    db.prepare("INSERT INTO meetings (id, title, created_at, updated_at) VALUES ('m1', 'x', 1, 1)").run();
    const insert = db.prepare(
      "INSERT INTO agenda_sections (id, meeting_id, position, kind, title, planned_seconds, gate_overridden_at, gate_override_note) VALUES (?, 'm1', 0, 'custom', 'x', 60, ?, ?)",
    );
    insert.run('ok', 1_764_000_000_000, 'Owner away');
    expect(() => insert.run('text-time', 'yesterday', '')).toThrow(/cannot store TEXT value in INTEGER column/);
    expect(() => insert.run('null-note', null, null)).toThrow(/NOT NULL/);
  });
});
