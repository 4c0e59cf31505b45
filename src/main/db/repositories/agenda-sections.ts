import type { Database } from 'better-sqlite3';
import type { AgendaSection, GateDecision, SectionKind } from '../../../shared/domain/agenda.ts';
import type { Perspective } from '../../../shared/domain/participant.ts';
import { expectChanges, setClause, statement } from '../statements.ts';

interface SectionRow {
  id: string;
  meeting_id: string;
  position: number;
  kind: SectionKind;
  title: string;
  perspective: Perspective | null;
  planned_seconds: number;
  extension_seconds: number;
  elapsed_ms: number;
  started_at: number | null;
  ended_at: number | null;
  gated: number;
  decision: GateDecision | null;
  decision_note: string;
  gate_overridden_at: number | null;
  gate_override_note: string;
}

function toSection(row: SectionRow): AgendaSection {
  return {
    id: row.id,
    meetingId: row.meeting_id,
    position: row.position,
    kind: row.kind,
    title: row.title,
    perspective: row.perspective,
    plannedSeconds: row.planned_seconds,
    extensionSeconds: row.extension_seconds,
    elapsedMs: row.elapsed_ms,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    gated: row.gated === 1,
    decision: row.decision,
    decisionNote: row.decision_note,
    gateOverriddenAt: row.gate_overridden_at,
    gateOverrideNote: row.gate_override_note,
  };
}

export interface NewSection {
  id: string;
  meetingId: string;
  position: number;
  kind: SectionKind;
  title: string;
  perspective: Perspective | null;
  plannedSeconds: number;
  gated: boolean;
}

export interface SectionPatch {
  title?: string;
  kind?: SectionKind;
  plannedSeconds?: number;
  perspective?: Perspective | null;
  gated?: boolean;
}

/** The parts of a section the timer moves. */
export type SectionClock = Pick<AgendaSection, 'id' | 'extensionSeconds' | 'elapsedMs' | 'startedAt' | 'endedAt'>;

const PATCH_COLUMNS = [
  ['title', 'title'],
  ['kind', 'kind'],
  ['plannedSeconds', 'planned_seconds'],
  ['perspective', 'perspective'],
  ['gated', 'gated'],
] as const;

export function listSections(db: Database, meetingId: string): AgendaSection[] {
  const rows = statement(db, 'SELECT * FROM agenda_sections WHERE meeting_id = ? ORDER BY position, id').all(meetingId) as SectionRow[];
  return rows.map(toSection);
}

export function getSection(db: Database, id: string): AgendaSection | undefined {
  const row = statement(db, 'SELECT * FROM agenda_sections WHERE id = ?').get(id) as SectionRow | undefined;
  return row && toSection(row);
}

export function countSections(db: Database, meetingId: string): number {
  return (statement(db, 'SELECT count(*) AS n FROM agenda_sections WHERE meeting_id = ?').get(meetingId) as { n: number }).n;
}

export function insertSection(db: Database, section: NewSection): AgendaSection {
  const row = statement(
    db,
    `INSERT INTO agenda_sections (id, meeting_id, position, kind, title, perspective, planned_seconds, gated)
     VALUES (@id, @meetingId, @position, @kind, @title, @perspective, @plannedSeconds, @gated)
     RETURNING *`,
  ).get({ ...section, gated: section.gated ? 1 : 0 }) as SectionRow;
  return toSection(row);
}

/** Makes room at `position` by moving every later section one place down. */
export function shiftSectionsFrom(db: Database, meetingId: string, position: number): void {
  statement(db, 'UPDATE agenda_sections SET position = position + 1 WHERE meeting_id = ? AND position >= ?').run(meetingId, position);
}

/** Writes positions 0..n-1 in the given order, touching only the rows whose position changes. */
export function renumberSections(db: Database, orderedIds: readonly string[], current: readonly AgendaSection[]): void {
  const positions = new Map(current.map((section) => [section.id, section.position]));
  const update = statement(db, 'UPDATE agenda_sections SET position = ? WHERE id = ?');
  orderedIds.forEach((id, position) => {
    if (positions.get(id) === position) return;
    expectChanges(update.run(position, id).changes, 1, 'renumber agenda section');
  });
}

export function updateSection(db: Database, id: string, patch: SectionPatch): AgendaSection {
  const assignments = setClause(PATCH_COLUMNS, patch);
  const params = { ...patch, gated: patch.gated === undefined ? undefined : patch.gated ? 1 : 0, id };
  const row = assignments
    ? (statement(db, `UPDATE agenda_sections SET ${assignments} WHERE id = @id RETURNING *`).get(params) as SectionRow | undefined)
    : (statement(db, 'SELECT * FROM agenda_sections WHERE id = ?').get(id) as SectionRow | undefined);
  if (!row) throw new Error(`update agenda section: no row ${id}`);
  return toSection(row);
}

export function decideSection(db: Database, id: string, decision: GateDecision | null, note: string): AgendaSection {
  const row = statement(db, 'UPDATE agenda_sections SET decision = ?, decision_note = ? WHERE id = ? RETURNING *').get(decision, note, id) as
    SectionRow | undefined;
  if (!row) throw new Error(`decide agenda section: no row ${id}`);
  return toSection(row);
}

/** Records that the facilitator passed this section's gate without a decision, and why. */
export function overrideSectionGate(db: Database, id: string, at: number, note: string): void {
  expectChanges(
    statement(db, 'UPDATE agenda_sections SET gate_overridden_at = ?, gate_override_note = ? WHERE id = ?').run(at, note, id).changes,
    1,
    'override agenda section gate',
  );
}

export function saveSectionClock(db: Database, section: SectionClock): void {
  const result = statement(
    db,
    `UPDATE agenda_sections SET extension_seconds = @extensionSeconds, elapsed_ms = @elapsedMs, started_at = @startedAt, ended_at = @endedAt
     WHERE id = @id`,
  ).run({
    id: section.id,
    extensionSeconds: section.extensionSeconds,
    elapsedMs: section.elapsedMs,
    startedAt: section.startedAt,
    endedAt: section.endedAt,
  });
  expectChanges(result.changes, 1, 'save agenda section clock');
}

export function deleteSection(db: Database, id: string): void {
  expectChanges(statement(db, 'DELETE FROM agenda_sections WHERE id = ?').run(id).changes, 1, 'delete agenda section');
}

export function deleteSectionsOfMeeting(db: Database, meetingId: string, expected: number): void {
  expectChanges(statement(db, 'DELETE FROM agenda_sections WHERE meeting_id = ?').run(meetingId).changes, expected, 'clear agenda');
}
