import type { Database } from 'better-sqlite3';
import { statement } from '../statements.ts';

/** The keys of the checks cleared in this meeting, in key order. */
export function listDismissedChecks(db: Database, meetingId: string): string[] {
  const rows = statement(db, 'SELECT check_key FROM action_check_dismissals WHERE meeting_id = ? ORDER BY check_key').all(meetingId) as Array<{
    check_key: string;
  }>;
  return rows.map((row) => row.check_key);
}

/** True when the key was not cleared before. */
export function dismissCheck(db: Database, meetingId: string, key: string, now: number): boolean {
  const sql = 'INSERT INTO action_check_dismissals (meeting_id, check_key, dismissed_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING';
  return statement(db, sql).run(meetingId, key, now).changes === 1;
}

/** True when the key had been cleared. */
export function restoreCheck(db: Database, meetingId: string, key: string): boolean {
  return statement(db, 'DELETE FROM action_check_dismissals WHERE meeting_id = ? AND check_key = ?').run(meetingId, key).changes === 1;
}
