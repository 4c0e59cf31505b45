import type { Database } from 'better-sqlite3';
import { statement } from '../statements.ts';

/** The meeting a why node belongs to, or undefined when there is no such node. */
export function whyMeetingId(db: Database, id: string): string | undefined {
  const row = statement(db, 'SELECT meeting_id FROM whys WHERE id = ?').get(id) as { meeting_id: string } | undefined;
  return row?.meeting_id;
}

/** The meeting a note belongs to, or undefined when there is no such note. */
export function noteMeetingId(db: Database, id: string): string | undefined {
  const row = statement(db, 'SELECT meeting_id FROM notes WHERE id = ?').get(id) as { meeting_id: string } | undefined;
  return row?.meeting_id;
}
