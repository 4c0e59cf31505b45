import type { Migration } from '../migration-type.ts';

/**
 * The team's list of customer and person names that redaction looks for before anything leaves the laptop (issue 16).
 * A term is unique ignoring case (NOCASE folds A–Z; the service also folds other scripts before writing).
 */
export const migration019: Migration = {
  version: 19,
  name: 'redaction-terms',
  up: `
    CREATE TABLE redaction_terms (
      id TEXT PRIMARY KEY,
      term TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(term) > 0),
      created_at INTEGER NOT NULL
    ) STRICT;
  `,
};
