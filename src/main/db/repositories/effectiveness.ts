import type { Database } from 'better-sqlite3';
import type { EffectivenessOutcome, EffectivenessResult } from '../../../shared/domain/effectiveness.ts';
import { statement } from '../statements.ts';

interface ResultRow {
  action_item_id: string;
  meeting_id: string;
  outcome: EffectivenessOutcome | null;
  note: string;
  recorded_at: number;
}

const toResult = (row: ResultRow): EffectivenessResult => ({
  actionItemId: row.action_item_id,
  meetingId: row.meeting_id,
  outcome: row.outcome,
  note: row.note,
  recordedAt: row.recorded_at,
});

export function getEffectivenessResult(db: Database, actionItemId: string): EffectivenessResult | undefined {
  const row = statement(db, 'SELECT * FROM effectiveness_results WHERE action_item_id = ?').get(actionItemId) as ResultRow | undefined;
  return row ? toResult(row) : undefined;
}

/** One meeting's results, or every meeting's (for the follow-ups ledger), oldest first. */
export function listEffectivenessResults(db: Database, meetingId?: string): EffectivenessResult[] {
  const rows = (
    meetingId === undefined
      ? statement(db, 'SELECT * FROM effectiveness_results ORDER BY recorded_at, action_item_id').all()
      : statement(db, 'SELECT * FROM effectiveness_results WHERE meeting_id = ? ORDER BY recorded_at, action_item_id').all(meetingId)
  ) as ResultRow[];
  return rows.map(toResult);
}

/** Inserts or replaces the item's result. */
export function saveEffectivenessResult(db: Database, result: EffectivenessResult): EffectivenessResult {
  const row = statement(
    db,
    `INSERT INTO effectiveness_results (action_item_id, meeting_id, outcome, note, recorded_at)
     VALUES (@actionItemId, @meetingId, @outcome, @note, @recordedAt)
     ON CONFLICT (action_item_id) DO UPDATE SET outcome = excluded.outcome, note = excluded.note, recorded_at = excluded.recorded_at
     RETURNING *`,
  ).get(result) as ResultRow;
  return toResult(row);
}

const RESULT_COLUMNS = 'action_item_id, meeting_id, outcome, note, recorded_at';

/** Moves the result of an item about to be deleted aside (inside the delete's transaction, before it). */
export function detachEffectivenessResult(db: Database, actionItemId: string, at: number): void {
  statement(
    db,
    `INSERT OR REPLACE INTO detached_effectiveness_results (${RESULT_COLUMNS}, detached_at)
     SELECT ${RESULT_COLUMNS}, ? FROM effectiveness_results WHERE action_item_id = ?`,
  ).run(at, actionItemId);
}

/** Puts back the result an item had when it was deleted, now that it is added again; answers whether there was one. */
export function reattachEffectivenessResult(db: Database, actionItemId: string, meetingId: string): boolean {
  const moved = statement(
    db,
    `INSERT INTO effectiveness_results (${RESULT_COLUMNS})
     SELECT ${RESULT_COLUMNS} FROM detached_effectiveness_results WHERE action_item_id = ? AND meeting_id = ?`,
  ).run(actionItemId, meetingId);
  if (moved.changes === 0) return false;
  statement(db, 'DELETE FROM detached_effectiveness_results WHERE action_item_id = ?').run(actionItemId);
  return true;
}

/** The review an effectiveness-review meeting checks, if it is one. */
export function reviewedMeetingOf(db: Database, meetingId: string): string | undefined {
  const row = statement(db, 'SELECT reviewed_meeting_id FROM effectiveness_reviews WHERE meeting_id = ?').get(meetingId) as
    { reviewed_meeting_id: string } | undefined;
  return row?.reviewed_meeting_id;
}

/** The effectiveness-review meetings of a review, oldest first. */
export function effectivenessMeetingsOf(db: Database, reviewedMeetingId: string): string[] {
  const rows = statement(db, 'SELECT meeting_id FROM effectiveness_reviews WHERE reviewed_meeting_id = ? ORDER BY created_at, rowid').all(
    reviewedMeetingId,
  ) as { meeting_id: string }[];
  return rows.map((row) => row.meeting_id);
}

export function linkEffectivenessMeeting(db: Database, meetingId: string, reviewedMeetingId: string, at: number): void {
  statement(db, 'INSERT INTO effectiveness_reviews (meeting_id, reviewed_meeting_id, created_at) VALUES (?, ?, ?)').run(meetingId, reviewedMeetingId, at);
}
