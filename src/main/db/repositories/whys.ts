import type { Database } from 'better-sqlite3';
import type { Why, WhyKind } from '../../../shared/domain/whys.ts';
import { expectChanges, setClause, statement } from '../statements.ts';

interface WhyRow {
  id: string;
  meeting_id: string;
  parent_id: string | null;
  position: number;
  text: string;
  kind: WhyKind;
  author: string;
  created_at: number;
  updated_at: number;
}

function toWhy(row: WhyRow): Why {
  return {
    id: row.id,
    meetingId: row.meeting_id,
    parentId: row.parent_id,
    position: row.position,
    text: row.text,
    kind: row.kind,
    author: row.author,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export interface NewWhy {
  id: string;
  meetingId: string;
  parentId: string | null;
  position: number;
  text: string;
  kind: WhyKind;
  author: string;
  createdAt: number;
  now: number;
}

export interface WhyContentPatch {
  text?: string;
  kind?: WhyKind;
}

const CONTENT_COLUMNS = [
  ['text', 'text'],
  ['kind', 'kind'],
] as const;

export function insertWhy(db: Database, why: NewWhy): Why {
  const row = statement(
    db,
    `INSERT INTO whys (id, meeting_id, parent_id, position, text, kind, author, created_at, updated_at)
     VALUES (@id, @meetingId, @parentId, @position, @text, @kind, @author, @createdAt, @now)
     RETURNING *`,
  ).get(why) as WhyRow;
  return toWhy(row);
}

export function getWhy(db: Database, id: string): Why | undefined {
  const row = statement(db, 'SELECT * FROM whys WHERE id = ?').get(id) as WhyRow | undefined;
  return row && toWhy(row);
}

/** Grouped by parent, siblings in order; build the tree with src/shared/whys/tree.ts. */
export function listWhys(db: Database, meetingId: string): Why[] {
  const rows = statement(
    db,
    'SELECT * FROM whys WHERE meeting_id = ? ORDER BY parent_id IS NOT NULL, parent_id, position, created_at, id',
  ).all(meetingId) as WhyRow[];
  return rows.map(toWhy);
}

/** The children of `parentId` (or the top nodes of the meeting for null), in order. */
export function listSiblings(db: Database, meetingId: string, parentId: string | null): Why[] {
  const rows = statement(
    db,
    'SELECT * FROM whys WHERE meeting_id = @meetingId AND parent_id IS @parentId ORDER BY position, created_at, id',
  ).all({ meetingId, parentId }) as WhyRow[];
  return rows.map(toWhy);
}

/** The node and everything below it, parents before children, siblings in order. */
export function listSubtree(db: Database, id: string): Why[] {
  const rows = statement(
    db,
    `WITH RECURSIVE subtree(id, path) AS (
       SELECT id, printf('%010d', position) FROM whys WHERE id = @id
       UNION ALL
       SELECT whys.id, subtree.path || '/' || printf('%010d', whys.position)
       FROM whys JOIN subtree ON whys.parent_id = subtree.id
     )
     SELECT whys.* FROM whys JOIN subtree ON whys.id = subtree.id ORDER BY subtree.path, whys.created_at`,
  ).all({ id }) as WhyRow[];
  return rows.map(toWhy);
}

export function updateWhyContent(db: Database, id: string, patch: WhyContentPatch, now: number): Why {
  const assignments = setClause(CONTENT_COLUMNS, patch);
  const row = statement(
    db,
    `UPDATE whys SET ${assignments ? `${assignments}, ` : ''}updated_at = @now WHERE id = @id RETURNING *`,
  ).get({ ...patch, id, now }) as WhyRow | undefined;
  if (!row) throw new Error(`update why: no row ${id}`);
  return toWhy(row);
}

export function setWhyPlace(db: Database, id: string, parentId: string | null, position: number): void {
  expectChanges(
    statement(db, 'UPDATE whys SET parent_id = @parentId, position = @position WHERE id = @id').run({ id, parentId, position }).changes,
    1,
    'move why',
  );
}

/** Deletes the node; its descendants go with it (ON DELETE CASCADE). */
export function deleteWhy(db: Database, id: string): void {
  expectChanges(statement(db, 'DELETE FROM whys WHERE id = ?').run(id).changes, 1, 'delete why');
}
