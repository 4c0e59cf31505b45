import type { Migration } from '../migration-type.ts';

/** The action-item checks a facilitator has cleared, per meeting, so every screen shows the same live checks. */
export const migration003: Migration = {
  version: 3,
  name: 'dismissed action-item checks',
  up: `
    CREATE TABLE action_check_dismissals (
      meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
      check_key TEXT NOT NULL CHECK (length(check_key) > 0),
      dismissed_at INTEGER NOT NULL,
      PRIMARY KEY (meeting_id, check_key)
    ) STRICT;
  `,
};
