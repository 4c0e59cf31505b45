import type { Database } from 'better-sqlite3';
import type { ReviewHistoryEntry, ReviewHistoryKind, ReviewState } from '../../../shared/domain/review.ts';
import { statement } from '../statements.ts';

/** A review's stored state; a meeting without a row is a draft that never changed state. */
export interface StoredReviewState {
  state: ReviewState;
  stateChangedAt: number | null;
}

export interface StoredReviewer {
  name: string;
  addedAt: number;
  signedOffAt: number | null;
}

interface ReviewerRow {
  name: string;
  added_at: number;
  signed_off_at: number | null;
}

export function readReviewState(db: Database, meetingId: string): StoredReviewState {
  const row = statement(db, 'SELECT state, state_changed_at FROM reviews WHERE meeting_id = ?').get(meetingId) as
    { state: ReviewState; state_changed_at: number } | undefined;
  return row ? { state: row.state, stateChangedAt: row.state_changed_at } : { state: 'draft', stateChangedAt: null };
}

export function saveReviewState(db: Database, meetingId: string, state: ReviewState, at: number): void {
  statement(
    db,
    `INSERT INTO reviews (meeting_id, state, state_changed_at) VALUES (?, ?, ?)
     ON CONFLICT (meeting_id) DO UPDATE SET state = excluded.state, state_changed_at = excluded.state_changed_at`,
  ).run(meetingId, state, at);
}

/** In the order they were added. */
export function listReviewers(db: Database, meetingId: string): StoredReviewer[] {
  const rows = statement(db, 'SELECT name, added_at, signed_off_at FROM review_reviewers WHERE meeting_id = ? ORDER BY added_at, rowid').all(
    meetingId,
  ) as ReviewerRow[];
  return rows.map((row) => ({ name: row.name, addedAt: row.added_at, signedOffAt: row.signed_off_at }));
}

/** The reviewer of that name, ignoring ASCII case. */
export function getReviewer(db: Database, meetingId: string, name: string): StoredReviewer | undefined {
  const row = statement(db, 'SELECT name, added_at, signed_off_at FROM review_reviewers WHERE meeting_id = ? AND name = ?').get(meetingId, name) as
    ReviewerRow | undefined;
  return row ? { name: row.name, addedAt: row.added_at, signedOffAt: row.signed_off_at } : undefined;
}

export function insertReviewer(db: Database, meetingId: string, reviewer: StoredReviewer): void {
  statement(db, 'INSERT INTO review_reviewers (meeting_id, name, added_at, signed_off_at) VALUES (?, ?, ?, ?)').run(
    meetingId,
    reviewer.name,
    reviewer.addedAt,
    reviewer.signedOffAt,
  );
}

export function setSignedOff(db: Database, meetingId: string, name: string, at: number): void {
  statement(db, 'UPDATE review_reviewers SET signed_off_at = ? WHERE meeting_id = ? AND name = ?').run(at, meetingId, name);
}

/** Oldest first. */
export function listReviewHistory(db: Database, meetingId: string): ReviewHistoryEntry[] {
  return statement(db, 'SELECT id, at, who, kind, detail FROM review_history WHERE meeting_id = ? ORDER BY at, id').all(meetingId) as ReviewHistoryEntry[];
}

export function insertReviewHistory(db: Database, meetingId: string, entry: Omit<ReviewHistoryEntry, 'id'>): void {
  statement(db, 'INSERT INTO review_history (meeting_id, at, who, kind, detail) VALUES (?, ?, ?, ?, ?)').run(
    meetingId,
    entry.at,
    entry.who,
    entry.kind,
    entry.detail,
  );
}

/** When the newest row of one of `kinds` was written; null when there is none. */
export function latestHistoryAt(db: Database, meetingId: string, kinds: readonly ReviewHistoryKind[], detail?: string): number | null {
  const kindList = kinds.map(() => '?').join(', ');
  const sql =
    detail === undefined
      ? `SELECT max(at) AS at FROM review_history WHERE meeting_id = ? AND kind IN (${kindList})`
      : `SELECT max(at) AS at FROM review_history WHERE meeting_id = ? AND kind IN (${kindList}) AND detail = ?`;
  const params = detail === undefined ? [meetingId, ...kinds] : [meetingId, ...kinds, detail];
  const row = statement(db, sql).get(...params) as { at: number | null };
  return row.at;
}
