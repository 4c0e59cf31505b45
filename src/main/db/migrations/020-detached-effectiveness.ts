import type { Migration } from '../migration-type.ts';

/**
 * The effectiveness result of a deleted action item (issue 15), kept the way `detached_evidence` keeps a deleted item's
 * images: undo adds the item back with the same id, and its result, with the date it was recorded, comes back too.
 * The rows go with their meeting.
 */
export const migration020: Migration = {
  version: 20,
  name: 'detached-effectiveness',
  up: `
    CREATE TABLE detached_effectiveness_results (
      action_item_id TEXT PRIMARY KEY,
      meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
      outcome TEXT CHECK (outcome IN ('prevented', 'partly', 'no', 'too_early')),
      note TEXT NOT NULL DEFAULT '',
      recorded_at INTEGER NOT NULL,
      detached_at INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX detached_effectiveness_results_by_meeting ON detached_effectiveness_results (meeting_id);
  `,
};
