import type { Database } from 'better-sqlite3';
import type { ServiceNameUse } from '../../../shared/domain/meeting.ts';
import { statement } from '../statements.ts';

/** The services a meeting names as affected, in the order given. */
export function listMeetingServices(db: Database, meetingId: string): string[] {
  const rows = statement(db, 'SELECT name FROM meeting_services WHERE meeting_id = ? ORDER BY position').all(meetingId) as Array<{ name: string }>;
  return rows.map((row) => row.name);
}

/** Replaces the meeting's list with `names` (already trimmed and unique); call inside a transaction. */
export function replaceMeetingServices(db: Database, meetingId: string, names: readonly string[]): void {
  statement(db, 'DELETE FROM meeting_services WHERE meeting_id = ?').run(meetingId);
  const insert = statement(db, 'INSERT INTO meeting_services (meeting_id, position, name) VALUES (?, ?, ?)');
  names.forEach((name, position) => insert.run(meetingId, position, name));
}

/**
 * Every service name in any meeting, once ignoring case, with the number of meetings naming it: most used first, then
 * by name. A name written in two spellings is shown in the one most meetings used (the earliest name on a tie).
 */
export function listServiceNameUses(db: Database): ServiceNameUse[] {
  const rows = statement(
    db,
    `SELECT name, count(DISTINCT meeting_id) AS meetings FROM meeting_services GROUP BY name ORDER BY meetings DESC, name`,
  ).all() as Array<{ name: string; meetings: number }>;
  // Grouped here rather than by COLLATE NOCASE, which folds only ASCII letters: "Zahlungsdienst" and "ZAHLUNGSDIENST"
  // are one name, and so are names differing in the case of any other letter.
  const byKey = new Map<string, { name: string; meetingCount: number }>();
  for (const row of rows) {
    const key = row.name.toLocaleLowerCase('en-US');
    const seen = byKey.get(key);
    if (seen) seen.meetingCount += row.meetings;
    else byKey.set(key, { name: row.name, meetingCount: row.meetings });
  }
  return [...byKey.values()].sort((a, b) => b.meetingCount - a.meetingCount || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
