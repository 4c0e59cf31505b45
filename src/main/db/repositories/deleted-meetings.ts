import type { Database } from 'better-sqlite3';
import { statement } from '../statements.ts';

export interface DeletedMeetingRow {
  meetingId: string;
  title: string;
  deletedAt: number;
  /** The meeting's JSON archive, as `archiveJson` wrote it just before the delete. */
  archive: string;
}

/** Keeps a deleted meeting's archive; a meeting deleted again after a restore replaces its earlier archive. */
export function keepDeletedMeeting(db: Database, row: DeletedMeetingRow): void {
  statement(db, 'INSERT OR REPLACE INTO deleted_meetings (meeting_id, title, deleted_at, archive) VALUES (?, ?, ?, ?)').run(
    row.meetingId,
    row.title,
    row.deletedAt,
    row.archive,
  );
}

export function getDeletedMeeting(db: Database, meetingId: string): DeletedMeetingRow | undefined {
  return statement(db, 'SELECT meeting_id AS meetingId, title, deleted_at AS deletedAt, archive FROM deleted_meetings WHERE meeting_id = ?').get(meetingId) as
    DeletedMeetingRow | undefined;
}

export function forgetDeletedMeeting(db: Database, meetingId: string): void {
  statement(db, 'DELETE FROM deleted_meetings WHERE meeting_id = ?').run(meetingId);
}
