import type { Migration } from '../migration-type.ts';

/**
 * Library sources (issue 16, "A library that learns across incidents"): folders of published reviews, a clone of the
 * team's post-mortem repository say, read into this library so search, trends and the ledger see them. Each archive
 * found is imported as a meeting of its own, linked here with what the file was when read (its modification time,
 * size and SHA-256), so a re-read imports again only what changed and removes what went. Those meetings are
 * read-only: the review guard refuses any other write to a meeting that has a row in `library_source_files`.
 *
 * Numbered 18: versions 16 and 17 are search and tags, written alongside.
 */
export const migration018: Migration = {
  version: 18,
  name: 'library-sources',
  up: `
    CREATE TABLE library_sources (
      id TEXT PRIMARY KEY,
      path TEXT NOT NULL UNIQUE CHECK (length(path) > 0),
      name TEXT NOT NULL CHECK (length(name) > 0),
      added_at INTEGER NOT NULL,
      read_at INTEGER,
      -- The archives of the last read that could not be imported, as JSON: [{ "file": ..., "message": ... }].
      problems TEXT NOT NULL DEFAULT '[]'
    ) STRICT;

    CREATE TABLE library_source_files (
      source_id TEXT NOT NULL REFERENCES library_sources (id) ON DELETE CASCADE,
      file TEXT NOT NULL,
      meeting_id TEXT NOT NULL UNIQUE REFERENCES meetings (id) ON DELETE CASCADE,
      modified_ms INTEGER NOT NULL,
      size INTEGER NOT NULL,
      sha256 TEXT NOT NULL,
      PRIMARY KEY (source_id, file)
    ) STRICT;
  `,
};
