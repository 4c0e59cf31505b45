import type { Database } from 'better-sqlite3';
import type { TimelineImport, TimelineImportState } from '../../../shared/domain/timeline-import.ts';
import { statement } from '../statements.ts';

interface TimelineImportRow {
  id: string;
  meeting_id: string;
  state: TimelineImportState;
  event_count: number;
  started_at: number;
  updated_at: number;
  owner_pid: number | null;
}

function toTimelineImport(row: TimelineImportRow): TimelineImport {
  return {
    id: row.id,
    meetingId: row.meeting_id,
    state: row.state,
    eventCount: row.event_count,
    startedAt: row.started_at,
    updatedAt: row.updated_at,
  };
}

/** `ownerPid`: the process that sends the chunks (see migration 025). */
export function insertTimelineImport(db: Database, entry: { id: string; meetingId: string; now: number; ownerPid: number }): TimelineImport {
  const row = statement(
    db,
    `INSERT INTO timeline_imports (id, meeting_id, state, event_count, started_at, updated_at, owner_pid)
     VALUES (@id, @meetingId, 'running', 0, @now, @now, @ownerPid) RETURNING *`,
  ).get(entry) as TimelineImportRow;
  return toTimelineImport(row);
}

export function getTimelineImport(db: Database, id: string): TimelineImport | undefined {
  const row = statement(db, 'SELECT * FROM timeline_imports WHERE id = ?').get(id) as TimelineImportRow | undefined;
  return row && toTimelineImport(row);
}

/** Moves an import on: more events added, finished, or removed. */
export function updateTimelineImport(db: Database, id: string, change: { state: TimelineImportState; added: number; now: number }): TimelineImport {
  const row = statement(db, 'UPDATE timeline_imports SET state = @state, event_count = event_count + @added, updated_at = @now WHERE id = @id RETURNING *').get(
    { id, ...change },
  ) as TimelineImportRow;
  return toTimelineImport(row);
}

/** Imports still taking chunks, or left half written by a crash or a closed window, with the process running each. */
export function listRunningTimelineImports(db: Database): Array<TimelineImport & { ownerPid: number | null }> {
  const rows = statement(db, "SELECT * FROM timeline_imports WHERE state = 'running' ORDER BY started_at").all();
  return (rows as TimelineImportRow[]).map((row) => ({ ...toTimelineImport(row), ownerPid: row.owner_pid }));
}
