import type { Database } from 'better-sqlite3';
import type { ActionCategory, ActionHorizon, ActionItem, ActionPriority, ActionStatus } from '../../../shared/domain/actions.ts';
import { expectChanges, setClause, statement } from '../statements.ts';

/** An action_items row as SQLite returns it (other queries extend it with joined columns). */
export interface ActionItemRow {
  id: string;
  meeting_id: string;
  position: number;
  title: string;
  owner: string;
  due_on: string | null;
  priority: ActionPriority;
  horizon: ActionHorizon;
  category: ActionCategory | null;
  status: ActionStatus;
  why_id: string | null;
  note_id: string | null;
  author: string;
  created_at: number;
  updated_at: number;
}

export function toActionItem(row: ActionItemRow): ActionItem {
  return {
    id: row.id,
    meetingId: row.meeting_id,
    position: row.position,
    title: row.title,
    owner: row.owner,
    dueOn: row.due_on,
    priority: row.priority,
    horizon: row.horizon,
    category: row.category,
    status: row.status,
    whyId: row.why_id,
    noteId: row.note_id,
    author: row.author,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export type NewActionItem = Omit<ActionItem, 'createdAt' | 'updatedAt'> & { now: number };

export type ActionItemPatch = Partial<Pick<ActionItem, 'title' | 'owner' | 'dueOn' | 'priority' | 'horizon' | 'category' | 'status' | 'whyId' | 'noteId'>>;

const PATCH_COLUMNS = [
  ['title', 'title'],
  ['owner', 'owner'],
  ['dueOn', 'due_on'],
  ['priority', 'priority'],
  ['horizon', 'horizon'],
  ['category', 'category'],
  ['status', 'status'],
  ['whyId', 'why_id'],
  ['noteId', 'note_id'],
] as const;

export function insertActionItem(db: Database, item: NewActionItem): ActionItem {
  const row = statement(
    db,
    `INSERT INTO action_items
       (id, meeting_id, position, title, owner, due_on, priority, horizon, category, status, why_id, note_id, author, created_at, updated_at)
     VALUES (@id, @meetingId, @position, @title, @owner, @dueOn, @priority, @horizon, @category, @status, @whyId, @noteId, @author, @now, @now)
     RETURNING *`,
  ).get(item) as ActionItemRow;
  return toActionItem(row);
}

export function getActionItem(db: Database, id: string): ActionItem | undefined {
  const row = statement(db, 'SELECT * FROM action_items WHERE id = ?').get(id) as ActionItemRow | undefined;
  return row && toActionItem(row);
}

/** In list order. */
export function listActionItems(db: Database, meetingId: string): ActionItem[] {
  const rows = statement(db, 'SELECT * FROM action_items WHERE meeting_id = ? ORDER BY position, created_at, id').all(meetingId) as ActionItemRow[];
  return rows.map(toActionItem);
}

export function updateActionItem(db: Database, id: string, patch: ActionItemPatch, now: number): ActionItem | undefined {
  const assignments = setClause(PATCH_COLUMNS, patch);
  const row = statement(db, `UPDATE action_items SET ${assignments ? `${assignments}, ` : ''}updated_at = @now WHERE id = @id RETURNING *`).get({
    ...patch,
    id,
    now,
  }) as ActionItemRow | undefined;
  return row && toActionItem(row);
}

export function deleteActionItem(db: Database, id: string): void {
  expectChanges(statement(db, 'DELETE FROM action_items WHERE id = ?').run(id).changes, 1, 'delete action item');
}

/** Writes positions 0..n-1 in the given order, touching only the rows whose position changes. */
export function renumberActionItems(db: Database, orderedIds: readonly string[], now: number): void {
  const update = statement(db, 'UPDATE action_items SET position = @position, updated_at = @now WHERE id = @id AND position <> @position');
  orderedIds.forEach((id, position) => update.run({ id, position, now }));
}
