import type { Migration } from '../migration-type.ts';

/** Conflicting recommendations from a panel review (seed 000): two positions, the trade-off, the resolution. */
export const migration004: Migration = {
  version: 4,
  name: 'panel conflicts',
  up: `
    CREATE TABLE conflicts (
      id TEXT PRIMARY KEY,
      meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
      position INTEGER NOT NULL DEFAULT 0,
      topic TEXT NOT NULL CHECK (length(topic) > 0),
      position_a TEXT NOT NULL DEFAULT '',
      perspective_a TEXT CHECK (perspective_a IN ('incident_commander', 'sre', 'systems_architect',
        'failure_engineer', 'observability_engineer', 'debugger')),
      position_b TEXT NOT NULL DEFAULT '',
      perspective_b TEXT CHECK (perspective_b IN ('incident_commander', 'sre', 'systems_architect',
        'failure_engineer', 'observability_engineer', 'debugger')),
      trade_off TEXT NOT NULL DEFAULT '',
      resolution TEXT NOT NULL DEFAULT '',
      escalated INTEGER NOT NULL DEFAULT 0 CHECK (escalated IN (0, 1)),
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX conflicts_by_meeting ON conflicts (meeting_id, position);
  `,
};
