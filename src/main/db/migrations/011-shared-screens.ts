import type { Migration } from '../migration-type.ts';

/**
 * The shared (audience) screen of a meeting (issue 14): the item the facilitator points it at, and the read-back page
 * last turned to, with when, so every screen pages on from the same moment. Presentation state: not in the archive,
 * and gone with its meeting. A meeting without a row shows nothing in focus, from the first page.
 */
export const migration011: Migration = {
  version: 11,
  name: 'shared-screens',
  up: `
    CREATE TABLE shared_screens (
      meeting_id TEXT PRIMARY KEY REFERENCES meetings (id) ON DELETE CASCADE,
      focus_kind TEXT CHECK (focus_kind IN ('timeline_event', 'why', 'action_item', 'note')),
      focus_id TEXT,
      focused_at INTEGER,
      page INTEGER NOT NULL DEFAULT 0 CHECK (page >= 0),
      page_turned_at INTEGER,
      CHECK ((focus_kind IS NULL) = (focus_id IS NULL))
    ) STRICT;
  `,
};
