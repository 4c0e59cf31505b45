import type { Migration } from '../migration-type.ts';

/**
 * A review's lifecycle after the meeting (issue 15): its state (draft, in review, published), the reviewers it was
 * circulated to with when each signed off, and its history (state changes, reopenings, sign-offs, reviewers added,
 * and edits made after circulation, naming the report section). A meeting without a `reviews` row is a draft, as
 * every meeting before this migration is. All of it goes with its meeting.
 */
export const migration012: Migration = {
  version: 12,
  name: 'review-lifecycle',
  up: `
    CREATE TABLE reviews (
      meeting_id TEXT PRIMARY KEY REFERENCES meetings (id) ON DELETE CASCADE,
      state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'in_review', 'published')),
      state_changed_at INTEGER NOT NULL
    ) STRICT;

    CREATE TABLE review_reviewers (
      meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
      name TEXT NOT NULL COLLATE NOCASE CHECK (length(name) > 0),
      added_at INTEGER NOT NULL,
      signed_off_at INTEGER,
      PRIMARY KEY (meeting_id, name)
    ) STRICT;

    CREATE TABLE review_history (
      id INTEGER PRIMARY KEY,
      meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
      at INTEGER NOT NULL,
      who TEXT NOT NULL CHECK (length(who) > 0),
      kind TEXT NOT NULL
        CHECK (kind IN ('state_change', 'reopened', 'edit_after_circulation', 'sign_off', 'reviewer_added')),
      detail TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX review_history_by_meeting ON review_history (meeting_id, at, id);
    CREATE INDEX review_history_by_section ON review_history (meeting_id, kind, detail, at);
  `,
};
