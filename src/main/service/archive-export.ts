import type { Database } from 'better-sqlite3';
import { checkKeyTarget } from '../../shared/archive/check-key-target.ts';
import { ARCHIVE_FORMAT, ARCHIVE_VERSION, type MeetingArchive } from '../../shared/archive/meeting-archive.ts';
import { buildWhyTree, flattenWhyTree } from '../../shared/whys/tree.ts';
import { listDismissedChecks } from '../db/repositories/action-check-dismissals.ts';
import { listActionItems } from '../db/repositories/action-items.ts';
import { listSections } from '../db/repositories/agenda-sections.ts';
import { listConflicts } from '../db/repositories/conflicts.ts';
import { listNotes } from '../db/repositories/notes.ts';
import { listParticipants } from '../db/repositories/participants.ts';
import { listTimelineEvents } from '../db/repositories/timeline-events.ts';
import { readTimerState } from '../db/repositories/timer-states.ts';
import { listWhys } from '../db/repositories/whys.ts';
import { evidenceImage, listEvidence } from '../db/repositories/evidence.ts';
import { bytesToBase64 } from '../../shared/evidence/base64.ts';
import { requireMeeting } from './required-rows.ts';
import { listEffectivenessResults } from '../db/repositories/effectiveness.ts';
import { listArchivedTags } from '../db/repositories/factors.ts';
import { listReviewers, listReviewHistory, readReviewState } from '../db/repositories/reviews.ts';

/** A cleared check about an item or why that was deleted since means nothing in the archive. */
function namesSomethingHeld(key: string, held: Readonly<Record<'action' | 'why' | 'note', readonly { id: string }[]>>): boolean {
  const target = checkKeyTarget(key);
  if (!target) return true;
  return held[target.kind].some((item) => item.id === target.id);
}

/**
 * The whole meeting as one archive, read in one transaction so a change saved from another window cannot land
 * between two of the reads. Whys come in reading order (parents before children), so the order never depends on ids.
 */
export function readMeetingArchive(db: Database, meetingId: string, exportedAt: number): MeetingArchive {
  return db.transaction((): MeetingArchive => {
    const meeting = requireMeeting(db, meetingId);
    const whys = flattenWhyTree(buildWhyTree(listWhys(db, meetingId))).map((node) => node.why);
    const actions = listActionItems(db, meetingId);
    const notes = listNotes(db, meetingId);
    return {
      format: ARCHIVE_FORMAT,
      version: ARCHIVE_VERSION,
      exportedAt,
      meeting,
      timeline: listTimelineEvents(db, meetingId),
      whys,
      notes,
      conflicts: listConflicts(db, meetingId),
      actions,
      participants: listParticipants(db, meetingId),
      agenda: { templateId: meeting.templateId, sections: listSections(db, meetingId), timer: readTimerState(db, meetingId) },
      dismissedChecks: listDismissedChecks(db, meetingId).filter((key) => namesSomethingHeld(key, { action: actions, why: whys, note: notes })),
      evidence: listEvidence(db, meetingId).map((evidence) => {
        const image = evidence.kind === 'image' ? evidenceImage(db, evidence.id) : undefined;
        return { ...evidence, data: image ? bytesToBase64(image.bytes) : null };
      }),
      review: {
        ...readReviewState(db, meetingId),
        reviewers: listReviewers(db, meetingId),
        history: listReviewHistory(db, meetingId).map(({ at, who, kind, detail }) => ({ at, who, kind, detail })),
      },
      effectiveness: listEffectivenessResults(db, meetingId),
      tags: listArchivedTags(db, meetingId),
    };
  })();
}
