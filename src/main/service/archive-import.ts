import { ApiError } from '../../shared/api/errors.ts';
import type { MeetingArchive } from '../../shared/archive/meeting-archive.ts';
import { checkKeyTarget } from '../../shared/archive/check-key-target.ts';
import type { Meeting } from '../../shared/domain/meeting.ts';
import { pause } from '../../shared/timer/transitions.ts';
import { buildWhyTree, flattenWhyTree } from '../../shared/whys/tree.ts';
import { dismissCheck } from '../db/repositories/action-check-dismissals.ts';
import { insertArchivedActionItem, insertArchivedMeeting, insertArchivedSection } from '../db/repositories/archived-rows.ts';
import { insertConflict } from '../db/repositories/conflicts.ts';
import { insertEvidence, type NewEvidenceContent } from '../db/repositories/evidence.ts';
import { base64ToBytes } from '../../shared/evidence/base64.ts';
import { getMeeting } from '../db/repositories/meetings.ts';
import { insertNote } from '../db/repositories/notes.ts';
import { insertParticipant } from '../db/repositories/participants.ts';
import { insertTimelineEvent } from '../db/repositories/timeline-events.ts';
import { saveTimerState } from '../db/repositories/timer-states.ts';
import { withSearchIndexDeferred } from '../db/repositories/search-deferral.ts';
import { insertWhy } from '../db/repositories/whys.ts';
import type { ServiceContext } from './context.ts';
import { saveEffectivenessResult } from '../db/repositories/effectiveness.ts';
import { insertReviewer, insertReviewHistory, saveReviewState } from '../db/repositories/reviews.ts';
import { factorNameKey, type ArchivedTag, type TagItemKind } from '../../shared/domain/factors.ts';
import { insertFactor, listFactorNames, replaceItemFactors } from '../db/repositories/factors.ts';
import type { Database } from 'better-sqlite3';

/**
 * Tags come by factor name: each finds the factor of that name in this library's taxonomy (ignoring case, retired or
 * not), and a name the taxonomy lacks is added to its end, so no tag is dropped.
 */
function importTags(db: Database, tags: readonly ArchivedTag[], ids: Record<TagItemKind, (old: string) => string>, at: number, newId: () => string): string[] {
  if (tags.length === 0) return [];
  const byKey = new Map(listFactorNames(db).map((factor) => [factorNameKey(factor.name), factor.id]));
  const added: string[] = [];
  const items = new Map<string, { itemKind: TagItemKind; itemId: string; factorIds: string[] }>();
  for (const tag of tags) {
    const key = factorNameKey(tag.factor);
    let factorId = byKey.get(key);
    if (factorId === undefined) {
      factorId = insertFactor(db, { id: newId(), name: tag.factor, position: undefined, now: at }).id;
      byKey.set(key, factorId);
      added.push(factorId);
    }
    const itemId = ids[tag.itemKind](tag.itemId);
    const item = items.get(`${tag.itemKind}:${itemId}`) ?? { itemKind: tag.itemKind, itemId, factorIds: [] };
    if (!item.factorIds.includes(factorId)) item.factorIds.push(factorId);
    items.set(`${tag.itemKind}:${itemId}`, item);
  }
  const meetingId = ids.meeting('');
  for (const item of items.values()) replaceItemFactors(db, meetingId, item.itemKind, item.itemId, item.factorIds);
  return added;
}

/** Old id -> new id, one map per kind of thing, so a hostile archive reusing an id across kinds cannot cross wires. */
class IdMap {
  readonly #ids = new Map<string, string>();
  readonly #newId: (old: string) => string;

  constructor(newId: (old: string) => string) {
    this.#newId = newId;
  }

  assign(old: string): string {
    const fresh = this.#newId(old);
    this.#ids.set(old, fresh);
    return fresh;
  }

  /** The new id for `old`; the archive was validated, so every reference has been assigned. */
  of(old: string): string {
    const fresh = this.#ids.get(old);
    if (fresh === undefined) throw new Error(`archive import: no new id for ${old}`);
    return fresh;
  }

  has(old: string): boolean {
    return this.#ids.has(old);
  }

  ofNullable(old: string | null): string | null {
    return old === null ? null : this.of(old);
  }
}

/** The dismissed check's key with the id it names replaced; null when it names something the archive does not hold. */
function remapCheckKey(key: string, maps: Readonly<Record<'action' | 'why' | 'note', IdMap>>): string | null {
  const target = checkKeyTarget(key);
  if (!target) return key;
  const ids = maps[target.kind];
  return ids.has(target.id) ? target.withId(ids.of(target.id)) : null;
}

/**
 * Stores a validated archive as a new meeting, in one transaction: every row gets a new id and every reference is
 * remapped, so importing the same file twice gives two independent meetings. Times recorded in the meeting keep their
 * archived values; the meeting itself starts at revision 1 and counts as changed now, so it shows first in the
 * library. A clock that was running when the archive was written comes back paused, with the time run up to the
 * export counted in its section. `keepUpdatedAt` keeps the archived time of the last change instead (a review read from a
 * library source keeps its place among the team's reviews rather than jumping to the top).
 */
export function importMeetingArchive(
  { db, now, newId: freshId, mutate }: ServiceContext,
  archive: MeetingArchive,
  restore = false,
  keepUpdatedAt = restore,
): Meeting {
  // Its search documents are indexed once, at the end (migration 023); inside a source read, at the end of the batch.
  return mutate((changes) =>
    withSearchIndexDeferred(db, () => {
      const at = now();
      // Restoring puts a deleted meeting back as it was: its own ids, so links to it and within it still hold.
      const newId = (old: string) => (restore ? old : freshId());
      if (restore && getMeeting(db, archive.meeting.id)) {
        throw new ApiError('conflict', 'This meeting is already in the library: it was restored before, or never deleted.');
      }
      const meetingId = newId(archive.meeting.id);
      const sections = new IdMap(newId);
      const whys = new IdMap(newId);
      const notes = new IdMap(newId);
      const actions = new IdMap(newId);

      insertArchivedMeeting(db, {
        ...archive.meeting,
        id: meetingId,
        templateId: archive.agenda.templateId,
        // A restored meeting continues after the deletion's revision, and keeps its place in the library.
        revision: restore ? archive.meeting.revision + 2 : 1,
        updatedAt: keepUpdatedAt ? archive.meeting.updatedAt : at,
      });

      const clock = pause({ sections: archive.agenda.sections, timer: archive.agenda.timer }, archive.exportedAt);
      for (const section of clock.sections) insertArchivedSection(db, { ...section, id: sections.assign(section.id), meetingId });
      saveTimerState(db, { ...clock.timer, runningSince: null, meetingId, currentSectionId: sections.ofNullable(clock.timer.currentSectionId) });

      for (const participant of archive.participants) {
        insertParticipant(db, { ...participant, id: newId(participant.id), meetingId, now: participant.createdAt });
      }
      const events = new IdMap(newId);
      for (const event of archive.timeline) {
        insertTimelineEvent(db, { ...event, id: events.assign(event.id), meetingId, importId: null, now: event.updatedAt });
      }
      // Parents before children, so each node's parent row exists when it is written.
      for (const { why } of flattenWhyTree(buildWhyTree(archive.whys))) {
        const id = whys.assign(why.id);
        insertWhy(db, { ...why, id, meetingId, parentId: whys.ofNullable(why.parentId), now: why.updatedAt });
      }
      for (const note of archive.notes) insertNote(db, { ...note, id: notes.assign(note.id), meetingId, now: note.updatedAt });
      for (const conflict of archive.conflicts) insertConflict(db, { ...conflict, id: newId(conflict.id), meetingId, now: conflict.updatedAt });
      for (const item of archive.actions) {
        insertArchivedActionItem(db, {
          ...item,
          id: actions.assign(item.id),
          meetingId,
          whyId: whys.ofNullable(item.whyId),
          noteId: notes.ofNullable(item.noteId),
        });
      }
      const targets = { timeline_event: events, why: whys, note: notes };
      for (const evidence of archive.evidence) {
        const content: NewEvidenceContent =
          evidence.kind === 'image' && evidence.data !== null && evidence.mediaType !== null
            ? { kind: 'image', mediaType: evidence.mediaType, bytes: base64ToBytes(evidence.data) }
            : { kind: 'link', url: evidence.url ?? '' };
        insertEvidence(
          db,
          { ...evidence, id: newId(evidence.id), meetingId, targetId: targets[evidence.target].of(evidence.targetId), now: evidence.updatedAt },
          content,
        );
      }
      for (const key of archive.dismissedChecks) {
        const remapped = remapCheckKey(key, { action: actions, why: whys, note: notes });
        if (remapped !== null) dismissCheck(db, meetingId, remapped, at);
      }

      const { review } = archive;
      if (review.state !== 'draft' || review.stateChangedAt !== null) saveReviewState(db, meetingId, review.state, review.stateChangedAt ?? at);
      for (const reviewer of review.reviewers) insertReviewer(db, meetingId, reviewer);
      for (const entry of review.history) insertReviewHistory(db, meetingId, entry);
      for (const result of archive.effectiveness) saveEffectivenessResult(db, { ...result, actionItemId: actions.of(result.actionItemId), meetingId });
      const tagIds = { meeting: () => meetingId, why: (old: string) => whys.of(old), note: (old: string) => notes.of(old) };
      for (const factorId of importTags(db, archive.tags, tagIds, at, freshId)) {
        changes.record({ meetingId: '', revision: 0, entity: 'factor', entityId: factorId, op: 'created' });
      }

      const meeting = getMeeting(db, meetingId);
      if (!meeting) throw new Error(`archive import: meeting ${meetingId} was not written`);
      changes.record({ meetingId, revision: meeting.revision, entity: 'meeting', entityId: meetingId, op: 'created' });
      return meeting;
    }),
  );
}
