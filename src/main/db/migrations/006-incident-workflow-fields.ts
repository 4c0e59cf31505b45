import type { Migration } from '../migration-type.ts';

/**
 * What the incident-workflow artifacts INC-1 to INC-3 (seed 004) record about a meeting: the services affected, the
 * initial hypothesis, the mitigation strategy with its metrics before and after, the residual risk, and when the next
 * stakeholder update is due. Panel findings gain the seeds' severity scale (critical, major, minor).
 *
 * Services sit in their own table, indexed by name, because later reviews are filtered and recurrences found by service.
 */
export const migration006: Migration = {
  version: 6,
  name: 'incident workflow fields',
  up: `
    ALTER TABLE meetings ADD COLUMN initial_hypothesis TEXT NOT NULL DEFAULT '';
    ALTER TABLE meetings ADD COLUMN mitigation_strategy TEXT NOT NULL DEFAULT '';
    ALTER TABLE meetings ADD COLUMN residual_risk TEXT NOT NULL DEFAULT '';
    ALTER TABLE meetings ADD COLUMN next_update_at INTEGER;

    CREATE TABLE meeting_services (
      meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
      position INTEGER NOT NULL CHECK (position >= 0),
      name TEXT NOT NULL CHECK (length(name) > 0),
      PRIMARY KEY (meeting_id, position)
    ) STRICT;
    CREATE INDEX meeting_services_by_name ON meeting_services (name COLLATE NOCASE);

    CREATE TABLE meeting_metrics (
      meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
      position INTEGER NOT NULL CHECK (position >= 0),
      metric TEXT NOT NULL CHECK (length(metric) > 0),
      before_value TEXT NOT NULL DEFAULT '',
      after_value TEXT NOT NULL DEFAULT '',
      PRIMARY KEY (meeting_id, position)
    ) STRICT;

    ALTER TABLE notes ADD COLUMN severity TEXT CHECK (severity IN ('critical', 'major', 'minor'));
  `,
};
