import type { Migration } from '../migration-type.ts';

/**
 * Who added an action item, as timeline events, whys and notes already record: the name of a note-taker who joined
 * over the LAN, empty for the facilitator and for every item written before this version.
 */
export const migration005: Migration = {
  version: 5,
  name: 'action item authors',
  up: `
    ALTER TABLE action_items ADD COLUMN author TEXT NOT NULL DEFAULT '';
  `,
};
