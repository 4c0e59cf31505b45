import type { Migration } from '../migration-type.ts';

/**
 * The effectiveness review, 30 days after a review (issue 15). `effectiveness_results` holds one result per action
 * item, recorded with its date: whether it worked (null until said) and a note. Whether the item is done is its own
 * status in `action_items`, not repeated here. `effectiveness_reviews` links a meeting that held the check (with the
 * "Effectiveness review, 15 min" agenda) to the review whose items it checked. Results go with their action item;
 * a link goes with either meeting.
 */
export const migration014: Migration = {
  version: 14,
  name: 'effectiveness',
  up: `
    CREATE TABLE effectiveness_results (
      action_item_id TEXT PRIMARY KEY REFERENCES action_items (id) ON DELETE CASCADE,
      meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
      outcome TEXT CHECK (outcome IN ('prevented', 'partly', 'no', 'too_early')),
      note TEXT NOT NULL DEFAULT '',
      recorded_at INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX effectiveness_results_by_meeting ON effectiveness_results (meeting_id);

    CREATE TABLE effectiveness_reviews (
      meeting_id TEXT PRIMARY KEY REFERENCES meetings (id) ON DELETE CASCADE,
      reviewed_meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
      created_at INTEGER NOT NULL,
      CHECK (meeting_id <> reviewed_meeting_id)
    ) STRICT;
    CREATE INDEX effectiveness_reviews_by_reviewed ON effectiveness_reviews (reviewed_meeting_id, created_at);
  `,
};
