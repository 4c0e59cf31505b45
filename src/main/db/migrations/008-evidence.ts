import type { Migration } from '../migration-type.ts';

/**
 * Evidence (issue 13): images and links attached to a timeline event, a why or a note. One of the three item columns is
 * set, each a foreign key, so deleting the item (or its meeting) deletes its evidence. An image's bytes are stored here,
 * at most 10 MB, with the type read from the content when it was uploaded; a link is an http(s) address.
 */
export const migration008: Migration = {
  version: 8,
  name: 'evidence',
  up: `
    CREATE TABLE evidence (
      id TEXT PRIMARY KEY,
      meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
      timeline_event_id TEXT REFERENCES timeline_events (id) ON DELETE CASCADE,
      why_id TEXT REFERENCES whys (id) ON DELETE CASCADE,
      note_id TEXT REFERENCES notes (id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('image', 'link')),
      caption TEXT NOT NULL CHECK (length(caption) > 0),
      url TEXT CHECK (url IS NULL OR (length(url) <= 2000 AND (url LIKE 'http://%' OR url LIKE 'https://%'))),
      media_type TEXT CHECK (media_type IN ('image/png', 'image/jpeg', 'image/gif', 'image/webp')),
      bytes BLOB CHECK (bytes IS NULL OR length(bytes) <= 10485760),
      byte_size INTEGER CHECK (byte_size IS NULL OR byte_size >= 0),
      file_name TEXT,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL,
      CHECK ((timeline_event_id IS NOT NULL) + (why_id IS NOT NULL) + (note_id IS NOT NULL) = 1),
      CHECK (
        (kind = 'image' AND bytes IS NOT NULL AND media_type IS NOT NULL AND byte_size = length(bytes) AND url IS NULL)
        OR (kind = 'link' AND url IS NOT NULL AND bytes IS NULL AND media_type IS NULL AND byte_size IS NULL)
      )
    ) STRICT;
    CREATE INDEX evidence_by_meeting ON evidence (meeting_id, created_at);
    CREATE INDEX evidence_by_timeline_event ON evidence (timeline_event_id) WHERE timeline_event_id IS NOT NULL;
    CREATE INDEX evidence_by_why ON evidence (why_id) WHERE why_id IS NOT NULL;
    CREATE INDEX evidence_by_note ON evidence (note_id) WHERE note_id IS NOT NULL;
  `,
};
