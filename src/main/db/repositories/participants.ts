import type { Database } from 'better-sqlite3';
import type { Participant, ParticipantRole, Perspective } from '../../../shared/domain/participant.ts';
import { expectChanges, setClause, statement } from '../statements.ts';

interface ParticipantRow {
  id: string;
  meeting_id: string;
  name: string;
  role: ParticipantRole;
  perspective: Perspective | null;
  created_at: number;
}

function toParticipant(row: ParticipantRow): Participant {
  return {
    id: row.id,
    meetingId: row.meeting_id,
    name: row.name,
    role: row.role,
    perspective: row.perspective,
    createdAt: row.created_at,
  };
}

export interface NewParticipant {
  id: string;
  meetingId: string;
  name: string;
  role: ParticipantRole;
  perspective: Perspective | null;
  now: number;
}

export interface ParticipantPatch {
  name?: string;
  role?: ParticipantRole;
  perspective?: Perspective | null;
}

const PATCH_COLUMNS = [
  ['name', 'name'],
  ['role', 'role'],
  ['perspective', 'perspective'],
] as const;

export function insertParticipant(db: Database, participant: NewParticipant): Participant {
  const row = statement(
    db,
    `INSERT INTO participants (id, meeting_id, name, role, perspective, created_at)
     VALUES (@id, @meetingId, @name, @role, @perspective, @now)
     RETURNING *`,
  ).get(participant) as ParticipantRow;
  return toParticipant(row);
}

export function getParticipant(db: Database, id: string): Participant | undefined {
  const row = statement(db, 'SELECT * FROM participants WHERE id = ?').get(id) as ParticipantRow | undefined;
  return row && toParticipant(row);
}

export function listParticipants(db: Database, meetingId: string): Participant[] {
  const rows = statement(db, 'SELECT * FROM participants WHERE meeting_id = ? ORDER BY created_at, id').all(meetingId) as ParticipantRow[];
  return rows.map(toParticipant);
}

export function updateParticipant(db: Database, id: string, patch: ParticipantPatch): Participant | undefined {
  const assignments = setClause(PATCH_COLUMNS, patch);
  if (!assignments) return getParticipant(db, id);
  const row = statement(db, `UPDATE participants SET ${assignments} WHERE id = @id RETURNING *`).get({ ...patch, id }) as ParticipantRow | undefined;
  return row && toParticipant(row);
}

export function deleteParticipant(db: Database, id: string): void {
  expectChanges(statement(db, 'DELETE FROM participants WHERE id = ?').run(id).changes, 1, 'delete participant');
}
