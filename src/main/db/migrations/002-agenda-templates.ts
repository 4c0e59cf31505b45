import type { Migration } from '../migration-type.ts';

/**
 * Running the meeting: panel sections speak for a perspective, workflow sections can end in an approve / revise gate,
 * the timer remembers whether to chime, and users can keep their own agendas as templates.
 */
export const migration002: Migration = {
  version: 2,
  name: 'agenda templates, perspectives, gates and timer sound',
  up: `
    ALTER TABLE agenda_sections ADD COLUMN perspective TEXT
      CHECK (perspective IN ('incident_commander', 'sre', 'systems_architect',
        'failure_engineer', 'observability_engineer', 'debugger'));
    ALTER TABLE agenda_sections ADD COLUMN gated INTEGER NOT NULL DEFAULT 0 CHECK (gated IN (0, 1));

    ALTER TABLE timer_states ADD COLUMN sound_enabled INTEGER NOT NULL DEFAULT 0 CHECK (sound_enabled IN (0, 1));

    -- Built-in templates live in code; only the ones users save are stored. sections is a JSON array, checked on read.
    CREATE TABLE agenda_templates (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL CHECK (length(name) > 0),
      description TEXT NOT NULL DEFAULT '',
      sections TEXT NOT NULL CHECK (json_valid(sections) AND json_type(sections) = 'array'),
      created_at INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX agenda_templates_by_age ON agenda_templates (created_at, id);
  `,
};
