import type { Migration } from '../migration-type.ts';

/**
 * Indexes for the follow-ups ledger (issue 15), which reads every action item of every review (measured by
 * `npm run bench:followups` over 50,000 items):
 * - filters: by status with the due date (overdue, due this week) and with the last change (stale), and by owner
 *   ignoring case with status and due date (an owner's overdue items); items by meeting have `action_items_by_meeting`;
 * - orders: one index per sortable column, with the same terms as `ORDER_TERMS` in
 *   src/main/db/repositories/followups.ts (expressions word for word), so a page deep in the ledger is read from the
 *   index instead of sorting every item; the review order walks meetings by this index, then their items in order.
 * No table changes.
 */
export const migration013: Migration = {
  version: 13,
  name: 'followup-indexes',
  up: `
    CREATE INDEX action_items_by_status_due ON action_items (status, due_on);
    CREATE INDEX action_items_by_status_updated ON action_items (status, updated_at);
    CREATE INDEX action_items_by_owner ON action_items (owner COLLATE NOCASE, status, due_on);

    CREATE INDEX action_items_order_title ON action_items (title COLLATE NOCASE, created_at, id);
    CREATE INDEX action_items_order_owner ON action_items (owner = '', owner COLLATE NOCASE, created_at, id);
    CREATE INDEX action_items_order_due ON action_items (due_on IS NULL, due_on, created_at, id);
    CREATE INDEX action_items_order_priority ON action_items (priority, created_at, id);
    CREATE INDEX action_items_order_horizon ON action_items (
      CASE horizon WHEN 'quick_win' THEN 0 WHEN 'short_term' THEN 1 WHEN 'long_term' THEN 2 END, created_at, id);
    CREATE INDEX action_items_order_category ON action_items (category IS NULL, category, created_at, id);
    CREATE INDEX action_items_order_status ON action_items (
      CASE status WHEN 'open' THEN 0 WHEN 'in_progress' THEN 1 WHEN 'done' THEN 2 WHEN 'cancelled' THEN 3 END, created_at, id);
    CREATE INDEX action_items_order_created ON action_items (created_at, id);
    CREATE INDEX action_items_order_updated ON action_items (updated_at, created_at, id);
    CREATE INDEX meetings_order_review ON meetings (incident_id = '', incident_id COLLATE NOCASE, title COLLATE NOCASE, id);
  `,
};
