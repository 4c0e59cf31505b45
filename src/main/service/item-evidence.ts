import type { Database } from 'better-sqlite3';
import type { EvidenceTarget } from '../../shared/domain/evidence.ts';
import { reattachEvidence } from '../db/repositories/detached-evidence.ts';
import type { ChangeRecorder } from './context.ts';

/**
 * After an item is added: if it is one that was deleted (undo adds it back with the same id), its images and links
 * come back with it, and every window hears of each.
 */
export function putBackEvidence(db: Database, changes: ChangeRecorder, target: EvidenceTarget, itemId: string, meetingId: string): void {
  for (const id of reattachEvidence(db, target, itemId, meetingId)) changes.touch(meetingId, 'evidence', id, 'created');
}
