import type { Migration } from '../migration-type.ts';

/** A version-4 UUID made by SQLite, so the default factors have ids like every other row's. */
const NEW_UUID = `lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-'
  || substr('89ab', 1 + abs(random()) % 4, 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))`;

const NOW_MS = `(CAST(strftime('%s', 'now') AS INTEGER) * 1000)`;

/** The taxonomy a new library starts with; the team edits it afterwards. */
const DEFAULT_FACTORS = [
  'Change management',
  'Capacity',
  'Configuration',
  'Dependency',
  'Monitoring gap',
  'Process',
  'Knowledge',
  'Testing gap',
  'Communication',
];

/**
 * Contributing factors (issue 16, "a library that learns across incidents"): a taxonomy the team edits, and the tags
 * that put its factors on a review, a why or a note (a panel finding). Names are unique ignoring case (NOCASE folds
 * A–Z; the service also folds other scripts). A factor in use is retired rather than deleted (RESTRICT), so no
 * review loses a tag because someone tidied the list.
 *
 * A tag keeps its row when its why or note is deleted, so undo, which adds the item back with the same id, brings
 * the tag back too; `live_item_factors` is the tags of items that exist, which every read goes through. Deleting the
 * meeting deletes its tags.
 */
export const migration017: Migration = {
  version: 17,
  name: 'contributing-factors',
  up: `
    CREATE TABLE factors (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(name) > 0),
      position INTEGER NOT NULL,
      retired_at INTEGER,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    ) STRICT;

    CREATE TABLE item_factors (
      meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
      item_kind TEXT NOT NULL CHECK (item_kind IN ('meeting', 'why', 'note')),
      item_id TEXT NOT NULL,
      factor_id TEXT NOT NULL REFERENCES factors (id) ON DELETE RESTRICT,
      position INTEGER NOT NULL,
      PRIMARY KEY (item_kind, item_id, factor_id)
    ) STRICT;
    CREATE INDEX item_factors_by_factor ON item_factors (factor_id, meeting_id);
    CREATE INDEX item_factors_by_meeting ON item_factors (meeting_id);

    CREATE VIEW live_item_factors AS
    SELECT t.* FROM item_factors t
    WHERE t.item_kind = 'meeting'
       OR (t.item_kind = 'why' AND EXISTS (SELECT 1 FROM whys w WHERE w.id = t.item_id))
       OR (t.item_kind = 'note' AND EXISTS (SELECT 1 FROM notes n WHERE n.id = t.item_id));

    ${DEFAULT_FACTORS.map(
      (name, position) =>
        `INSERT INTO factors (id, name, position, created_at, updated_at) VALUES (${NEW_UUID}, '${name}', ${position}, ${NOW_MS}, ${NOW_MS});`,
    ).join('\n    ')}
  `,
};
