import type { Migration } from '../migration-type.ts';

/** A version-4 UUID made by SQLite, so the seeded people have ids like every other row's. */
const NEW_UUID = `lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-'
  || substr('89ab', 1 + abs(random()) % 4, 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))`;

/**
 * The people directory (issue 15, "People across reviews"): who owns actions or takes part, with the identities a
 * tracker export maps owners to. Names are unique ignoring case (NOCASE here folds A–Z; the service also folds other
 * scripts). It starts with every owner and participant name already stored, one person per name, with no identities.
 *
 * `reminder_settings` is one row: who the user of this laptop is (for the daily reminder of what they own or run that
 * is overdue), whether the app has asked, and the last day a reminder was shown.
 */
export const migration015: Migration = {
  version: 15,
  name: 'people',
  up: `
    CREATE TABLE people (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(name) > 0),
      email TEXT NOT NULL DEFAULT '',
      jira_user TEXT NOT NULL DEFAULT '',
      github_login TEXT NOT NULL DEFAULT '',
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    ) STRICT;

    CREATE TABLE reminder_settings (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      me_person_id TEXT REFERENCES people (id) ON DELETE SET NULL,
      asked INTEGER NOT NULL DEFAULT 0 CHECK (asked IN (0, 1)),
      last_shown_on TEXT
    ) STRICT;
    INSERT INTO reminder_settings (id) VALUES (1);

    INSERT INTO people (id, name, created_at, updated_at)
    SELECT ${NEW_UUID}, name, first_at, first_at
    FROM (
      SELECT name, min(at) AS first_at
      FROM (
        SELECT trim(owner) AS name, created_at AS at FROM action_items
        UNION ALL
        SELECT trim(name), created_at FROM participants
      )
      WHERE name <> ''
      GROUP BY name COLLATE NOCASE
    );
  `,
};
