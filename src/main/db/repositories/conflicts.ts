import type { Database } from 'better-sqlite3';
import type { Conflict } from '../../../shared/domain/conflicts.ts';
import type { Perspective } from '../../../shared/domain/participant.ts';
import { expectChanges, setClause, statement } from '../statements.ts';

interface ConflictRow {
  id: string;
  meeting_id: string;
  position: number;
  topic: string;
  position_a: string;
  perspective_a: Perspective | null;
  position_b: string;
  perspective_b: Perspective | null;
  trade_off: string;
  resolution: string;
  escalated: 0 | 1;
  created_at: number;
  updated_at: number;
}

function toConflict(row: ConflictRow): Conflict {
  return {
    id: row.id,
    meetingId: row.meeting_id,
    position: row.position,
    topic: row.topic,
    positionA: row.position_a,
    perspectiveA: row.perspective_a,
    positionB: row.position_b,
    perspectiveB: row.perspective_b,
    tradeOff: row.trade_off,
    resolution: row.resolution,
    escalated: row.escalated === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export interface NewConflict {
  id: string;
  meetingId: string;
  position: number;
  topic: string;
  positionA: string;
  perspectiveA: Perspective | null;
  positionB: string;
  perspectiveB: Perspective | null;
  tradeOff: string;
  resolution: string;
  escalated: boolean;
  createdAt: number;
  now: number;
}

export interface ConflictPatch {
  topic?: string;
  positionA?: string;
  perspectiveA?: Perspective | null;
  positionB?: string;
  perspectiveB?: Perspective | null;
  tradeOff?: string;
  resolution?: string;
  escalated?: boolean;
}

const PATCH_COLUMNS = [
  ['topic', 'topic'],
  ['positionA', 'position_a'],
  ['perspectiveA', 'perspective_a'],
  ['positionB', 'position_b'],
  ['perspectiveB', 'perspective_b'],
  ['tradeOff', 'trade_off'],
  ['resolution', 'resolution'],
  ['escalated', 'escalated'],
] as const;

export function insertConflict(db: Database, conflict: NewConflict): Conflict {
  const row = statement(
    db,
    `INSERT INTO conflicts (id, meeting_id, position, topic, position_a, perspective_a, position_b, perspective_b,
       trade_off, resolution, escalated, created_at, updated_at)
     VALUES (@id, @meetingId, @position, @topic, @positionA, @perspectiveA, @positionB, @perspectiveB,
       @tradeOff, @resolution, @escalated, @createdAt, @now)
     RETURNING *`,
  ).get({ ...conflict, escalated: conflict.escalated ? 1 : 0 }) as ConflictRow;
  return toConflict(row);
}

export function getConflict(db: Database, id: string): Conflict | undefined {
  const row = statement(db, 'SELECT * FROM conflicts WHERE id = ?').get(id) as ConflictRow | undefined;
  return row && toConflict(row);
}

export function listConflicts(db: Database, meetingId: string): Conflict[] {
  const rows = statement(db, 'SELECT * FROM conflicts WHERE meeting_id = ? ORDER BY position, created_at, id').all(meetingId) as ConflictRow[];
  return rows.map(toConflict);
}

export function nextConflictPosition(db: Database, meetingId: string): number {
  const row = statement(db, 'SELECT coalesce(max(position) + 1, 0) AS next FROM conflicts WHERE meeting_id = ?').get(meetingId) as { next: number };
  return row.next;
}

export function updateConflict(db: Database, id: string, patch: ConflictPatch, now: number): Conflict {
  const assignments = setClause(PATCH_COLUMNS, patch);
  const values = patch.escalated === undefined ? patch : { ...patch, escalated: patch.escalated ? 1 : 0 };
  const row = statement(db, `UPDATE conflicts SET ${assignments ? `${assignments}, ` : ''}updated_at = @now WHERE id = @id RETURNING *`).get({
    ...values,
    id,
    now,
  }) as ConflictRow | undefined;
  if (!row) throw new Error(`update conflict: no row ${id}`);
  return toConflict(row);
}

export function deleteConflict(db: Database, id: string): void {
  expectChanges(statement(db, 'DELETE FROM conflicts WHERE id = ?').run(id).changes, 1, 'delete conflict');
}
