import type { Migration } from '../migration-type.ts';

/**
 * Deleted meetings (issue 13): deleting a meeting keeps its JSON archive here, so the delete can be undone after the
 * window that made it has closed, and however large its evidence images are (the archive never travels through an
 * API message). Restoring puts the meeting back with its own ids and removes the row.
 */
export const migration009: Migration = {
  version: 9,
  name: 'deleted-meetings',
  up: `
    CREATE TABLE deleted_meetings (
      meeting_id TEXT PRIMARY KEY,
      title TEXT NOT NULL,
      deleted_at INTEGER NOT NULL,
      archive TEXT NOT NULL CHECK (json_valid(archive))
    ) STRICT;
  `,
};
