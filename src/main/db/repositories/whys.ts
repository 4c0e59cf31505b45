import type { Database } from 'better-sqlite3';
import type { Why, WhyKind } from '../../../shared/domain/whys.ts';
import { buildWhyTree, flattenWhyTree } from '../../../shared/whys/tree.ts';
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
  const rows = statement(db, 'SELECT * FROM whys WHERE meeting_id = ? ORDER BY parent_id IS NOT NULL, parent_id, position, created_at, id').all(
    meetingId,
  ) as WhyRow[];
  return rows.map(toWhy);
}

/** The children of `parentId` (or the top nodes of the meeting for null), in order. */
export function listSiblings(db: Database, meetingId: string, parentId: string | null): Why[] {
  const rows = statement(db, 'SELECT * FROM whys WHERE meeting_id = @meetingId AND parent_id IS @parentId ORDER BY position, created_at, id').all({
    meetingId,
    parentId,
  }) as WhyRow[];
  return rows.map(toWhy);
}

/**
 * The node and everything below it, parents before children, siblings in order. SQLite's recursive CTE is a loop,
 * not a recursion; it collects the set (through the meeting's parent index) and the shared tree code orders it, so an
 * old tree thousands of levels deep costs no long path strings.
 */
export function listSubtree(db: Database, id: string): Why[] {
  const rows = statement(
    db,
    `WITH RECURSIVE subtree(id, meeting_id) AS (
       SELECT id, meeting_id FROM whys WHERE id = @id
       UNION ALL
       SELECT whys.id, whys.meeting_id FROM whys JOIN subtree ON whys.meeting_id = subtree.meeting_id AND whys.parent_id = subtree.id
     )
     SELECT whys.* FROM whys JOIN subtree ON whys.id = subtree.id`,
  ).all({ id }) as WhyRow[];
  return flattenWhyTree(buildWhyTree(rows.map(toWhy))).map((node) => node.why);
}

export function countWhys(db: Database, meetingId: string): number {
  return (statement(db, 'SELECT count(*) AS n FROM whys WHERE meeting_id = ?').get(meetingId) as { n: number }).n;
}

/** The node's depth below the top of its tree (0 at the top), counted up to `atMost`: the walk stops there. */
export function whyDepth(db: Database, id: string, atMost: number): number {
  const row = statement(
    db,
    `WITH RECURSIVE up(id, depth) AS (
       SELECT parent_id, 1 FROM whys WHERE id = @id AND parent_id IS NOT NULL
       UNION ALL
       SELECT whys.parent_id, up.depth + 1 FROM whys JOIN up ON whys.id = up.id
       WHERE whys.parent_id IS NOT NULL AND up.depth < @atMost
     )
     SELECT coalesce(max(depth), 0) AS depth FROM up`,
  ).get({ id, atMost }) as { depth: number };
  return row.depth;
}

/** How many levels hang below the node (0 for a leaf), counted up to `atMost`: the walk stops there. */
export function whySubtreeHeight(db: Database, id: string, atMost: number): number {
  const row = statement(
    db,
    `WITH RECURSIVE down(id, meeting_id, height) AS (
       SELECT id, meeting_id, 0 FROM whys WHERE id = @id
       UNION ALL
       SELECT whys.id, whys.meeting_id, down.height + 1 FROM whys JOIN down ON whys.meeting_id = down.meeting_id AND whys.parent_id = down.id
       WHERE down.height < @atMost
     )
     SELECT coalesce(max(height), 0) AS height FROM down`,
  ).get({ id, atMost }) as { height: number };
  return row.height;
}

export function updateWhyContent(db: Database, id: string, patch: WhyContentPatch, now: number): Why {
  const assignments = setClause(CONTENT_COLUMNS, patch);
  const row = statement(db, `UPDATE whys SET ${assignments ? `${assignments}, ` : ''}updated_at = @now WHERE id = @id RETURNING *`).get({
    ...patch,
    id,
    now,
  }) as WhyRow | undefined;
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

/**
 * Deletes a subtree, given parents first (as listSubtree returns it), deepest node first: each delete then finds no
 * child for ON DELETE CASCADE to follow. Deleting the top alone would nest one cascade per level, and SQLite stops at
 * 1,000 ("triggers nested too deep"), which a tree written before the depth limit can exceed.
 */
export function deleteWhySubtree(db: Database, parentsFirst: readonly Why[]): void {
  for (let index = parentsFirst.length - 1; index >= 0; index -= 1) {
    const why = parentsFirst[index];
    if (why) expectChanges(statement(db, 'DELETE FROM whys WHERE id = ?').run(why.id).changes, 1, 'delete why');
  }
}

/**
 * Unhooks every why of the meeting from its parent, so that deleting the meeting removes each why at one level of
 * ON DELETE CASCADE instead of one nested level per level of the tree (see deleteWhySubtree).
 */
export function detachWhysOfMeeting(db: Database, meetingId: string): void {
  statement(db, 'UPDATE whys SET parent_id = NULL WHERE meeting_id = ? AND parent_id IS NOT NULL').run(meetingId);
}
