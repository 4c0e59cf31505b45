import type { Database } from 'better-sqlite3';
import type { EvidenceTarget } from '../../../shared/domain/evidence.ts';
import { statement } from '../statements.ts';

/** The evidence table's column that points at each kind of item. */
const TARGET_COLUMN: Readonly<Record<EvidenceTarget, string>> = { timeline_event: 'timeline_event_id', why: 'why_id', note: 'note_id' };

const COLUMNS = 'id, meeting_id, kind, caption, url, media_type, bytes, byte_size, file_name, created_at, updated_at';

/**
 * Moves the evidence of the items about to be deleted aside (call inside the delete's transaction, before it), so
 * that adding an item back with the same id brings its evidence back.
 */
export function detachEvidence(db: Database, target: EvidenceTarget, itemIds: readonly string[], at: number): void {
  if (itemIds.length === 0) return;
  const column = TARGET_COLUMN[target];
  statement(
    db,
    `INSERT OR REPLACE INTO detached_evidence (${COLUMNS}, target, target_id, detached_at)
     SELECT ${COLUMNS}, '${target}', ${column}, ? FROM evidence WHERE ${column} IN (SELECT value FROM json_each(?))`,
  ).run(at, JSON.stringify(itemIds));
}

/** Puts back the evidence an item had when it was deleted, now that it is added again; returns the ids put back. */
export function reattachEvidence(db: Database, target: EvidenceTarget, itemId: string, meetingId: string): string[] {
  const column = TARGET_COLUMN[target];
  const ids = statement(db, 'SELECT id FROM detached_evidence WHERE target = ? AND target_id = ? AND meeting_id = ? ORDER BY created_at, id')
    .all(target, itemId, meetingId)
    .map((row) => (row as { id: string }).id);
  if (ids.length === 0) return [];
  statement(
    db,
    `INSERT INTO evidence (${COLUMNS}, ${column})
     SELECT ${COLUMNS}, target_id FROM detached_evidence WHERE target = ? AND target_id = ? AND meeting_id = ?`,
  ).run(target, itemId, meetingId);
  statement(db, 'DELETE FROM detached_evidence WHERE target = ? AND target_id = ? AND meeting_id = ?').run(target, itemId, meetingId);
  return ids;
}
