import type { Database } from 'better-sqlite3';
import type { FindingKind, FindingSeverity, Note, NoteCategory } from '../../../shared/domain/notes.ts';
import type { Perspective } from '../../../shared/domain/participant.ts';
import { expectChanges, setClause, statement } from '../statements.ts';

interface NoteRow {
  id: string;
  meeting_id: string;
  category: NoteCategory;
  perspective: Perspective | null;
  finding_kind: FindingKind | null;
  severity: FindingSeverity | null;
  position: number;
  text: string;
  author: string;
  created_at: number;
  updated_at: number;
}

function toNote(row: NoteRow): Note {
  return {
    id: row.id,
    meetingId: row.meeting_id,
    category: row.category,
    perspective: row.perspective,
    findingKind: row.finding_kind,
    severity: row.severity,
    position: row.position,
    text: row.text,
    author: row.author,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export interface NewNote {
  id: string;
  meetingId: string;
  category: NoteCategory;
  perspective: Perspective | null;
  findingKind: FindingKind | null;
  severity: FindingSeverity | null;
  position: number;
  text: string;
  author: string;
  createdAt: number;
  now: number;
}

export interface NoteContentPatch {
  text?: string;
  findingKind?: FindingKind;
  severity?: FindingSeverity | null;
}

const CONTENT_COLUMNS = [
  ['text', 'text'],
  ['findingKind', 'finding_kind'],
  ['severity', 'severity'],
] as const;

export function insertNote(db: Database, note: NewNote): Note {
  const row = statement(
    db,
    `INSERT INTO notes (id, meeting_id, category, perspective, finding_kind, severity, position, text, author, created_at, updated_at)
     VALUES (@id, @meetingId, @category, @perspective, @findingKind, @severity, @position, @text, @author, @createdAt, @now)
     RETURNING *`,
  ).get(note) as NoteRow;
  return toNote(row);
}

export function getNote(db: Database, id: string): Note | undefined {
  const row = statement(db, 'SELECT * FROM notes WHERE id = ?').get(id) as NoteRow | undefined;
  return row && toNote(row);
}

export function listNotes(db: Database, meetingId: string): Note[] {
  const rows = statement(
    db,
    `SELECT * FROM notes WHERE meeting_id = ?
     ORDER BY category, perspective, finding_kind, position, created_at, id`,
  ).all(meetingId) as NoteRow[];
  return rows.map(toNote);
}

/** The notes in the same list as `note` (same category, perspective and finding kind), in order. */
export function listNoteSiblings(db: Database, note: Pick<Note, 'meetingId' | 'category' | 'perspective' | 'findingKind'>): Note[] {
  const rows = statement(
    db,
    `SELECT * FROM notes
     WHERE meeting_id = @meetingId AND category = @category AND perspective IS @perspective AND finding_kind IS @findingKind
     ORDER BY position, created_at, id`,
  ).all(note) as NoteRow[];
  return rows.map(toNote);
}

export function updateNoteContent(db: Database, id: string, patch: NoteContentPatch, now: number): Note {
  const assignments = setClause(CONTENT_COLUMNS, patch);
  const row = statement(db, `UPDATE notes SET ${assignments ? `${assignments}, ` : ''}updated_at = @now WHERE id = @id RETURNING *`).get({
    ...patch,
    id,
    now,
  }) as NoteRow | undefined;
  if (!row) throw new Error(`update note: no row ${id}`);
  return toNote(row);
}

export function setNotePosition(db: Database, id: string, position: number): void {
  expectChanges(statement(db, 'UPDATE notes SET position = ? WHERE id = ?').run(position, id).changes, 1, 'move note');
}

export function deleteNote(db: Database, id: string): void {
  expectChanges(statement(db, 'DELETE FROM notes WHERE id = ?').run(id).changes, 1, 'delete note');
}
