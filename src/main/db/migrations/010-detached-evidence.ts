import type { Migration } from '../migration-type.ts';

/**
 * Evidence of a deleted item (issue 13): deleting a timeline event, a why or a note keeps its images and links here,
 * so that undo, which adds the item back with the same id, brings them back too. The rows go with their meeting.
 */
export const migration010: Migration = {
  version: 10,
  name: 'detached-evidence',
  up: `
    CREATE TABLE detached_evidence (
      id TEXT PRIMARY KEY,
      meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
      target TEXT NOT NULL CHECK (target IN ('timeline_event', 'why', 'note')),
      target_id TEXT NOT NULL,
      kind TEXT NOT NULL,
      caption TEXT NOT NULL,
      url TEXT,
      media_type TEXT,
      bytes BLOB,
      byte_size INTEGER,
      file_name TEXT,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL,
      detached_at INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX detached_evidence_by_target ON detached_evidence (target, target_id);
  `,
};
