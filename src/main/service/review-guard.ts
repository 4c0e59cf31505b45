import type { Database } from 'better-sqlite3';
import { methodTable, type Method } from '../../shared/api/contract.ts';
import { ApiError } from '../../shared/api/errors.ts';
import type { ChangedEntity } from '../../shared/api/events.ts';
import type { NoteCategory } from '../../shared/domain/notes.ts';
import { REVIEW_STATE_LABELS } from '../../shared/domain/review.ts';
import { layoutForTemplate } from '../../shared/report/layouts.ts';
import { editedSections, type EditedThing } from '../../shared/review/edited-section.ts';
import { getMeeting } from '../db/repositories/meetings.ts';
import { sourceOfMeeting } from '../db/repositories/library-sources.ts';
import { insertReviewHistory, latestHistoryAt, readReviewState } from '../db/repositories/reviews.ts';
import { statement } from '../db/statements.ts';

/** The call running now, as dispatch() parsed it. */
export interface CurrentCall {
  method: Method;
  input: unknown;
}

const REPORT_CONTENT = methodTable((declaration) => declaration.reportContent);

/** A second edit of one section within this long is not recorded again, unless a sign-off or state change came between. */
export const EDIT_RECORD_INTERVAL_MS = 60_000;

function patchOf(input: unknown): Record<string, unknown> {
  const patch = (input as { patch?: unknown }).patch;
  return typeof patch === 'object' && patch !== null ? (patch as Record<string, unknown>) : {};
}

const changedFields = (input: unknown): string[] =>
  Object.entries(patchOf(input))
    .filter(([, value]) => value !== undefined)
    .map(([field]) => field);

/** Whether the call changes report content, by its method's declaration (`reportContent`). */
function changesReportContent(call: CurrentCall): boolean {
  const rule = REPORT_CONTENT[call.method];
  if (rule === undefined) return false;
  if (rule === 'except-status') return changedFields(call.input).some((field) => field !== 'status');
  return true;
}

function editedThing(db: Database, entity: ChangedEntity, entityId: string, call: CurrentCall): EditedThing {
  if (entity === 'meeting') return { entity, fields: changedFields(call.input).filter((field) => field !== 'status') };
  if (entity === 'note') {
    // A deleted note's row is gone by the time its change is counted; it is then named by the notes' fallback.
    const row = statement(db, 'SELECT category FROM notes WHERE id = ?').get(entityId) as { category: NoteCategory } | undefined;
    return { entity, category: row?.category ?? null };
  }
  return { entity };
}

/**
 * A review read from a library source is the team's published copy: every call that would change it is refused, by
 * any method, except the source's own reading (`sources.*`), which replaces it when its file changes.
 */
export function guardLibrarySource(db: Database, call: CurrentCall | undefined, meetingId: string): void {
  if (call === undefined || call.method.startsWith('sources.')) return;
  refuseLibrarySourceWrite(db, meetingId);
}

/** Throws when the meeting was read from a library source (see guardLibrarySource). */
export function refuseLibrarySourceWrite(db: Database, meetingId: string): void {
  if (meetingId === '') return;
  const source = sourceOfMeeting(db, meetingId);
  if (source === undefined) return;
  throw new ApiError(
    'conflict',
    `This review was read from the library source "${source}", so it is read-only here. Change it where it was published; Debrief reads it again from there.`,
  );
}

/**
 * The one guard of a review's report content, run by `changes.touch()` for every change a call makes, inside its
 * transaction: while the review is published, a call whose method changes report content is refused (and so rolled
 * back); while it is in review, the report section the change touched is recorded in the review's history. A review
 * read from a library source refuses every change (guardLibrarySource).
 * Answers whether it recorded one, so that the review's viewers hear of it too.
 */
export function guardReportContent(
  db: Database,
  call: CurrentCall | undefined,
  change: { meetingId: string; entity: ChangedEntity; entityId: string },
  who: string,
  at: number,
): boolean {
  guardLibrarySource(db, call, change.meetingId);
  if (call === undefined || !changesReportContent(call)) return false;
  const { state } = readReviewState(db, change.meetingId);
  if (state === 'draft') return false;
  if (state === 'published') {
    throw new ApiError(
      'conflict',
      `This review is ${REVIEW_STATE_LABELS.published}, so its report is read-only. Reopen the review (set it back to ${REVIEW_STATE_LABELS.in_review}) to change it.`,
    );
  }
  const meeting = getMeeting(db, change.meetingId);
  if (!meeting) return false;
  const sections = editedSections(layoutForTemplate(meeting.templateId), editedThing(db, change.entity, change.entityId, call));
  const readSince = latestHistoryAt(db, change.meetingId, ['sign_off', 'state_change', 'reopened']) ?? -Infinity;
  let recordedAny = false;
  for (const section of sections) {
    const recorded = latestHistoryAt(db, change.meetingId, ['edit_after_circulation'], section);
    if (recorded !== null && recorded > at - EDIT_RECORD_INTERVAL_MS && recorded > readSince) continue;
    insertReviewHistory(db, change.meetingId, { at, who, kind: 'edit_after_circulation', detail: section });
    recordedAny = true;
  }
  return recordedAny;
}
