import type { Database } from 'better-sqlite3';
import type { LibrarySource, SourceProblem } from '../../../shared/domain/library-source.ts';
import { expectChanges, statement } from '../statements.ts';

interface SourceRow {
  id: string;
  path: string;
  name: string;
  added_at: number;
  read_at: number | null;
  problems: string;
}

/** What a source's archive file was when it was last imported. */
export interface SourceFile {
  file: string;
  meetingId: string;
  modifiedMs: number;
  size: number;
  sha256: string;
}

function parseProblems(text: string): SourceProblem[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? (value as SourceProblem[]) : [];
  } catch {
    return [];
  }
}

function toSource(db: Database, row: SourceRow): LibrarySource {
  const meetingIds = (
    statement(db, 'SELECT meeting_id FROM library_source_files WHERE source_id = ? ORDER BY file').all(row.id) as { meeting_id: string }[]
  ).map((file) => file.meeting_id);
  return { id: row.id, path: row.path, name: row.name, addedAt: row.added_at, readAt: row.read_at, problems: parseProblems(row.problems), meetingIds };
}

export function listSources(db: Database): LibrarySource[] {
  return (statement(db, 'SELECT * FROM library_sources ORDER BY name, path').all() as SourceRow[]).map((row) => toSource(db, row));
}

export function getSource(db: Database, id: string): LibrarySource | undefined {
  const row = statement(db, 'SELECT * FROM library_sources WHERE id = ?').get(id) as SourceRow | undefined;
  return row && toSource(db, row);
}

export function findSourceByPath(db: Database, path: string): LibrarySource | undefined {
  const row = statement(db, 'SELECT * FROM library_sources WHERE path = ?').get(path) as SourceRow | undefined;
  return row && toSource(db, row);
}

export function insertSource(db: Database, source: { id: string; path: string; name: string; now: number }): void {
  const info = statement(db, 'INSERT INTO library_sources (id, path, name, added_at) VALUES (?, ?, ?, ?)').run(source.id, source.path, source.name, source.now);
  expectChanges(info.changes, 1, 'insertSource');
}

export function markSourceRead(db: Database, id: string, at: number, problems: readonly SourceProblem[]): void {
  const info = statement(db, 'UPDATE library_sources SET read_at = ?, problems = ? WHERE id = ?').run(at, JSON.stringify(problems), id);
  expectChanges(info.changes, 1, 'markSourceRead');
}

export function deleteSource(db: Database, id: string): void {
  const info = statement(db, 'DELETE FROM library_sources WHERE id = ?').run(id);
  expectChanges(info.changes, 1, 'deleteSource');
}

export function listSourceFiles(db: Database, sourceId: string): SourceFile[] {
  return statement(db, 'SELECT file, meeting_id AS meetingId, modified_ms AS modifiedMs, size, sha256 FROM library_source_files WHERE source_id = ?').all(
    sourceId,
  ) as SourceFile[];
}

/** Links (or links again) an archive file to the meeting imported from it. */
export function saveSourceFile(db: Database, sourceId: string, file: SourceFile): void {
  statement(
    db,
    `INSERT INTO library_source_files (source_id, file, meeting_id, modified_ms, size, sha256) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (source_id, file) DO UPDATE SET meeting_id = excluded.meeting_id, modified_ms = excluded.modified_ms, size = excluded.size, sha256 = excluded.sha256`,
  ).run(sourceId, file.file, file.meetingId, file.modifiedMs, file.size, file.sha256);
}

export function deleteSourceFile(db: Database, sourceId: string, file: string): void {
  statement(db, 'DELETE FROM library_source_files WHERE source_id = ? AND file = ?').run(sourceId, file);
}

/** The name of the source a meeting was read from, or undefined for the library's own meetings. */
export function sourceOfMeeting(db: Database, meetingId: string): string | undefined {
  const row = statement(db, 'SELECT s.name FROM library_source_files f JOIN library_sources s ON s.id = f.source_id WHERE f.meeting_id = ?').get(meetingId) as
    { name: string } | undefined;
  return row?.name;
}
