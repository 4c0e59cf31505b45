import { z } from 'zod';
import { TAG_ITEM_KINDS, type Factor, type ItemTags } from '../domain/factors.ts';
import type { SimilarIncident } from '../library/similar.ts';
import { id, requiredText } from './fields.ts';
import { returns, type MethodDeclarations } from './method.ts';

export const FACTOR_NAME_MAX = 80;
/** More than any review needs; a longer list says nothing about what mattered. */
export const FACTORS_PER_ITEM_MAX = 20;
export const SIMILAR_LIMIT_MAX = 50;

const factorName = requiredText(FACTOR_NAME_MAX, `must be a factor name of at most ${FACTOR_NAME_MAX} characters`);

export const addFactorInput = z.strictObject({
  name: factorName,
  /** A client-chosen id: a retried add is stored once, and undo of a delete brings back the same factor. */
  id: id.optional(),
  /** Where it goes in the taxonomy; the end when left out. */
  position: z.number().int().min(0).optional(),
});

export const updateFactorInput = z.strictObject({
  id,
  patch: z
    .strictObject({
      name: factorName,
      /** true retires the factor (kept where used, no longer offered); false offers it again. */
      retired: z.boolean({ message: 'must be true or false' }),
      position: z.number().int().min(0),
    })
    .partial(),
});

export const factorIdInput = z.strictObject({ id });

export const setTagsInput = z.strictObject({
  meetingId: id,
  itemKind: z.enum(TAG_ITEM_KINDS),
  /** The meeting's own id for the review itself. */
  itemId: id,
  factorIds: z
    .array(id, { message: 'must be a list of factor ids' })
    .max(FACTORS_PER_ITEM_MAX, { message: `must name at most ${FACTORS_PER_ITEM_MAX} factors` })
    .refine((ids) => new Set(ids).size === ids.length, { message: 'must name each factor once' }),
});

export const listTagsInput = z.strictObject({ meetingId: id });
export const similarInput = z.strictObject({ meetingId: id, limit: z.number().int().min(1).max(SIMILAR_LIMIT_MAX).optional() });

// The taxonomy is the team's library: kept by the facilitator, not by a joined note-taker.
const facilitatorOnly = { access: 'refused', because: 'the contributing factors are kept by the facilitator' } as const;

export const tagMethods = {
  /** The taxonomy in its order, retired factors too, each with the number of reviews using it. */
  'tags.factors': { input: z.strictObject({}), result: returns<Factor[]>(), resend: 'read', noteTaker: facilitatorOnly },
  /** Refused with a conflict when the name is taken, ignoring case. */
  'tags.addFactor': { input: addFactorInput, result: returns<Factor>(), resend: 'with-id', noteTaker: facilitatorOnly },
  /** Rename, retire or offer again, or move. A rename shows on every review using the factor. */
  'tags.updateFactor': { input: updateFactorInput, result: returns<Factor>(), resend: 'always', noteTaker: facilitatorOnly },
  /** Only a factor no review uses; one in use is refused with the reviews named, and can be retired instead. */
  'tags.deleteFactor': { input: factorIdInput, result: returns<Factor>(), resend: 'always', noteTaker: facilitatorOnly },
  /** Every tagged item of the meeting (the review itself, whys, notes), with its factors in order. */
  'tags.list': { input: listTagsInput, result: returns<ItemTags[]>(), resend: 'read', noteTaker: { access: 'meeting' } },
  /** Replaces one item's factors. A retired factor may stay on an item but not be newly put on one. */
  'tags.set': { input: setTagsInput, result: returns<ItemTags>(), resend: 'always', noteTaker: facilitatorOnly, reportContent: true },
  /** Other reviews sharing services, factors or words of the title and summary with this one, best first, with reasons. */
  'tags.similar': { input: similarInput, result: returns<SimilarIncident[]>(), resend: 'read', noteTaker: facilitatorOnly },
} as const satisfies MethodDeclarations;
