import type { Migration } from '../migration-type.ts';

/**
 * Indexes for the follow-ups ledger (issue 15), which reads every action item of every review: by status with the due
 * date (overdue, due this week) and with the last change (stale, "last change" order), by owner ignoring case (the
 * owner filter and the per-owner counts), and by due date, last change and creation alone for sorting the whole
 * ledger. Items by meeting already have `action_items_by_meeting`. No table changes.
 */
export const migration013: Migration = {
  version: 13,
  name: 'followup-indexes',
  up: `
    CREATE INDEX action_items_by_status_due ON action_items (status, due_on);
    CREATE INDEX action_items_by_status_updated ON action_items (status, updated_at);
    CREATE INDEX action_items_by_owner ON action_items (owner COLLATE NOCASE, status);
    CREATE INDEX action_items_by_due ON action_items (due_on);
    CREATE INDEX action_items_by_updated ON action_items (updated_at);
    CREATE INDEX action_items_by_created ON action_items (created_at);
  `,
};
