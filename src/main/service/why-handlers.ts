import type { ApiHandlers } from '../../shared/api/contract.ts';
import { ApiError } from '../../shared/api/errors.ts';
import type { Why } from '../../shared/domain/whys.ts';
import { TOO_MANY_WHYS, WHY_DEPTH_MAX, WHY_MOVE_TOO_DEEP, WHY_TOO_DEEP, WHYS_PER_MEETING_MAX } from '../../shared/whys/limits.ts';
import {
  countWhys,
  deleteWhySubtree,
  getWhy,
  insertWhy,
  listSiblings,
  listSubtree,
  listWhys,
  setWhyPlace,
  updateWhyContent,
  whyDepth,
  whySubtreeHeight,
} from '../db/repositories/whys.ts';
import type { ServiceContext } from './context.ts';
import { requireMeeting, requireWhy } from './required-rows.ts';
import { storedAdd } from './resent-add.ts';
import { placeAmong, renumber } from './sibling-order.ts';
import { detachEvidence } from '../db/repositories/detached-evidence.ts';
import { putBackEvidence } from './item-evidence.ts';

type WhyHandlers = ApiHandlers<'whys'>;

export function whyHandlers({ db, now, newId, mutate }: ServiceContext): WhyHandlers {
  /** The parent a node may hang under: an existing node of the same meeting. */
  const checkParent = (meetingId: string, parentId: string | null, field: string): void => {
    if (parentId === null) return;
    // Another meeting's why answers exactly as a missing one: a note-taker must not learn that it exists.
    if (getWhy(db, parentId)?.meetingId !== meetingId) throw new ApiError('invalid_input', `${field}: must be a why of this meeting`, field);
  };

  /**
   * The tree stays within its limits (src/shared/whys/limits.ts): a node hung under `parentId` (with the branch below
   * it, when `moving` is an existing node) ends at most WHY_DEPTH_MAX deep. Walks stop just past the limit.
   */
  const checkDepth = (parentId: string | null, field: string, moving?: string): void => {
    if (parentId === null) return;
    const below = moving === undefined ? 0 : whySubtreeHeight(db, moving, WHY_DEPTH_MAX);
    if (whyDepth(db, parentId, WHY_DEPTH_MAX) + 1 + below <= WHY_DEPTH_MAX) return;
    throw new ApiError('invalid_input', `${field}: ${moving === undefined ? WHY_TOO_DEEP : WHY_MOVE_TOO_DEEP}`, field);
  };

  /** A meeting has room for one more why. */
  const checkRoom = (meetingId: string): void => {
    if (countWhys(db, meetingId) >= WHYS_PER_MEETING_MAX) throw new ApiError('conflict', `meetingId: ${TOO_MANY_WHYS}`, 'meetingId');
  };

  /** Puts `id` at `position` among the children of `parentId` and closes the gap it left elsewhere. */
  const place = (why: Why, parentId: string | null, position: number | undefined): void => {
    const siblings = listSiblings(db, why.meetingId, parentId);
    const order = placeAmong(
      siblings.map((s) => s.id),
      why.id,
      position,
    );
    if (why.parentId !== parentId) {
      const formerSiblings = listSiblings(db, why.meetingId, why.parentId).filter((s) => s.id !== why.id);
      renumber(
        formerSiblings,
        formerSiblings.map((s) => s.id),
        (id, at) => setWhyPlace(db, id, why.parentId, at),
      );
      setWhyPlace(db, why.id, parentId, order.indexOf(why.id));
    }
    renumber(siblings, order, (id, at) => setWhyPlace(db, id, parentId, at));
  };

  return {
    'whys.list': ({ meetingId }) => {
      requireMeeting(db, meetingId);
      return listWhys(db, meetingId);
    },

    'whys.add': (input) =>
      mutate((changes) => {
        const stored = storedAdd(input, 'why', (id) => getWhy(db, id));
        if (stored) return stored;
        requireMeeting(db, input.meetingId);
        checkParent(input.meetingId, input.parentId, 'parentId');
        checkDepth(input.parentId, 'parentId');
        checkRoom(input.meetingId);
        const kind = input.kind ?? (input.parentId === null ? 'problem' : 'unclassified');
        if (kind === 'problem' && input.parentId !== null) {
          throw new ApiError('invalid_input', 'kind: only a node at the top (no parent) is a problem statement', 'kind');
        }
        const at = now();
        const added = insertWhy(db, {
          id: input.id ?? newId(),
          meetingId: input.meetingId,
          parentId: input.parentId,
          position: listSiblings(db, input.meetingId, input.parentId).length,
          text: input.text,
          kind,
          author: input.author ?? '',
          createdAt: input.createdAt ?? at,
          now: at,
        });
        if (input.position !== undefined) place(added, input.parentId, input.position);
        changes.touch(added.meetingId, 'why', added.id, 'created');
        putBackEvidence(db, changes, 'why', added.id, added.meetingId);
        return requireWhy(db, added.id);
      }),

    'whys.update': ({ id, patch }) =>
      mutate((changes) => {
        const before = requireWhy(db, id);
        const parentId = patch.parentId === undefined ? before.parentId : patch.parentId;
        const kind = patch.kind ?? before.kind;
        if (kind === 'problem' && parentId !== null) {
          const field = patch.kind === 'problem' ? 'patch.kind' : 'patch.parentId';
          throw new ApiError('invalid_input', `${field}: only a node at the top (no parent) is a problem statement`, field);
        }
        if (parentId !== before.parentId) {
          checkParent(before.meetingId, parentId, 'patch.parentId');
          if (parentId !== null && listSubtree(db, id).some((node) => node.id === parentId)) {
            throw new ApiError(
              'invalid_input',
              'patch.parentId: a why cannot move under itself or one of its own answers (that would make a cycle)',
              'patch.parentId',
            );
          }
          checkDepth(parentId, 'patch.parentId', id);
        }
        if (parentId !== before.parentId || patch.position !== undefined) {
          place(before, parentId, patch.position ?? (parentId === before.parentId ? before.position : undefined));
        }
        const why = updateWhyContent(db, id, { text: patch.text, kind: patch.kind }, now());
        changes.touch(why.meetingId, 'why', id, 'updated');
        return why;
      }),

    'whys.delete': ({ id }) =>
      mutate((changes) => {
        const why = requireWhy(db, id);
        const removed = listSubtree(db, id);
        detachEvidence(
          db,
          'why',
          removed.map((node) => node.id),
          now(),
        );
        deleteWhySubtree(db, removed);
        const remaining = listSiblings(db, why.meetingId, why.parentId);
        renumber(
          remaining,
          remaining.map((s) => s.id),
          (siblingId, at) => setWhyPlace(db, siblingId, why.parentId, at),
        );
        const revision = changes.touch(why.meetingId, 'why', id, 'deleted');
        return { id, meetingId: why.meetingId, revision, removed };
      }),
  };
}
