import type { Database } from 'better-sqlite3';
import type { ApiHandlers } from '../../shared/api/contract.ts';
import { ApiError } from '../../shared/api/errors.ts';
import { factorNameKey, type Factor, type TagItemKind } from '../../shared/domain/factors.ts';
import { rankSimilar } from '../../shared/library/similar.ts';
import { reviewLabel } from '../../shared/reminders/overdue.ts';
import {
  deleteFactor,
  getFactor,
  insertFactor,
  itemFactorIds,
  listFactors,
  listMeetingTags,
  moveFactor,
  renameFactor,
  replaceItemFactors,
  reviewsUsingFactor,
  setFactorRetired,
  similarityProfiles,
} from '../db/repositories/factors.ts';
import { getNote } from '../db/repositories/notes.ts';
import { getWhy } from '../db/repositories/whys.ts';
import type { ServiceContext } from './context.ts';
import { notFound, requireMeeting } from './required-rows.ts';

/** How many similar reviews the Prepare drawer is shown when the caller does not say. */
const SIMILAR_DEFAULT = 5;
/** A refused delete names this many reviews, then says how many more. */
const NAMED_REVIEWS = 3;

const requireFactor = (db: Database, id: string): Factor => {
  const factor = getFactor(db, id);
  if (factor === undefined) throw notFound('contributing factor', id);
  return factor;
};

/** Refuses a name another factor already has, ignoring case in any script, naming the field. */
function checkNameFree(db: Database, name: string, exceptId: string | null): void {
  const key = factorNameKey(name);
  const taken = listFactors(db).find((factor) => factor.id !== exceptId && factorNameKey(factor.name) === key);
  if (taken) throw new ApiError('conflict', `name: "${taken.name}" is already in the list of contributing factors`, 'name');
}

/** The item a tag goes on must be the meeting itself, or a why or note of that meeting. */
function checkItem(db: Database, meetingId: string, itemKind: TagItemKind, itemId: string): void {
  if (itemKind === 'meeting') {
    if (itemId !== meetingId) throw new ApiError('invalid_input', 'itemId: must be the meeting’s id when tagging the review itself', 'itemId');
    return;
  }
  const item = itemKind === 'why' ? getWhy(db, itemId) : getNote(db, itemId);
  if (item === undefined || item.meetingId !== meetingId) throw notFound(itemKind, itemId);
}

export function tagHandlers({ db, now, newId, mutate }: ServiceContext): ApiHandlers<'tags'> {
  // The taxonomy belongs to no meeting, so its events carry an empty meetingId and count no meeting's revision.
  const taxonomyChanged = (entityId: string, op: 'created' | 'updated' | 'deleted') => ({
    meetingId: '',
    revision: 0,
    entity: 'factor' as const,
    entityId,
    op,
  });

  return {
    'tags.factors': () => listFactors(db),

    'tags.addFactor': (input) =>
      mutate((changes) => {
        if (input.id !== undefined) {
          const stored = getFactor(db, input.id);
          if (stored) return stored;
        }
        checkNameFree(db, input.name, null);
        const factor = insertFactor(db, { id: input.id ?? newId(), name: input.name, position: input.position, now: now() });
        changes.record(taxonomyChanged(factor.id, 'created'));
        return factor;
      }),

    'tags.updateFactor': ({ id, patch }) =>
      mutate((changes) => {
        const before = requireFactor(db, id);
        const at = now();
        if (patch.name !== undefined && patch.name !== before.name) {
          checkNameFree(db, patch.name, id);
          renameFactor(db, id, patch.name, at);
        }
        if (patch.retired !== undefined && patch.retired !== (before.retiredAt !== null)) setFactorRetired(db, id, patch.retired ? at : null, at);
        if (patch.position !== undefined && patch.position !== before.position) moveFactor(db, id, patch.position, at);
        changes.record(taxonomyChanged(id, 'updated'));
        return requireFactor(db, id);
      }),

    'tags.deleteFactor': ({ id }) =>
      mutate((changes) => {
        const factor = requireFactor(db, id);
        const using = reviewsUsingFactor(db, id);
        if (using.length > 0) {
          const named = using.slice(0, NAMED_REVIEWS).map((review) => `“${reviewLabel(review)}”`);
          const more = using.length > NAMED_REVIEWS ? ` and ${using.length - NAMED_REVIEWS} more` : '';
          const reviews = using.length === 1 ? 'review' : 'reviews';
          throw new ApiError(
            'conflict',
            `“${factor.name}” is used by ${using.length} ${reviews} (${named.join(', ')}${more}), so deleting it would take it off them. Retire it instead: the reviews keep it, and it is no longer offered.`,
          );
        }
        deleteFactor(db, id);
        changes.record(taxonomyChanged(id, 'deleted'));
        return factor;
      }),

    'tags.list': ({ meetingId }) => {
      requireMeeting(db, meetingId);
      return listMeetingTags(db, meetingId);
    },

    'tags.set': ({ meetingId, itemKind, itemId, factorIds }) =>
      mutate((changes) => {
        requireMeeting(db, meetingId);
        checkItem(db, meetingId, itemKind, itemId);
        const kept = new Set(itemFactorIds(db, itemKind, itemId));
        for (const factorId of factorIds) {
          const factor = requireFactor(db, factorId);
          if (factor.retiredAt !== null && !kept.has(factorId)) {
            throw new ApiError('conflict', `factorIds: “${factor.name}” is retired; offer it again in the list of contributing factors to use it`, 'factorIds');
          }
        }
        replaceItemFactors(db, meetingId, itemKind, itemId, factorIds);
        changes.touch(meetingId, 'tag', itemId, 'updated');
        return { itemKind, itemId, factorIds: [...factorIds] };
      }),

    'tags.similar': ({ meetingId, limit }) => {
      requireMeeting(db, meetingId);
      const profiles = similarityProfiles(db);
      const target = profiles.find((profile) => profile.meetingId === meetingId);
      if (!target) throw notFound('meeting', meetingId);
      const byId = new Map(profiles.map((profile) => [profile.meetingId, profile]));
      return rankSimilar(target, profiles, limit ?? SIMILAR_DEFAULT).map((match) => {
        const profile = byId.get(match.meetingId);
        return { ...match, title: profile?.title ?? '', incidentId: profile?.incidentId ?? '', incidentStartedAt: profile?.incidentStartedAt ?? null };
      });
    },
  };
}
