import type { Database } from 'better-sqlite3';
import type { ApiHandlers } from '../../shared/api/contract.ts';
import { ApiError } from '../../shared/api/errors.ts';
import type { ActionItem } from '../../shared/domain/actions.ts';
import { dismissCheck, listDismissedChecks, restoreCheck } from '../db/repositories/action-check-dismissals.ts';
import { deleteActionItem, getActionItem, insertActionItem, listActionItems, renumberActionItems, updateActionItem } from '../db/repositories/action-items.ts';
import { listEarlierOpenItems } from '../db/repositories/earlier-open-items.ts';
import { detachEffectivenessResult, reattachEffectivenessResult } from '../db/repositories/effectiveness.ts';
import { getNote } from '../db/repositories/notes.ts';
import { getWhy } from '../db/repositories/whys.ts';
import type { ServiceContext } from './context.ts';
import { requireActionItem, requireMeeting } from './required-rows.ts';
import { storedAdd } from './resent-add.ts';

type ActionHandlers = ApiHandlers<'actions'>;

/** Refuses a link to a finding that does not exist or belongs to another meeting, naming the field. */
function checkFindingLinks(db: Database, meetingId: string, links: Pick<ActionItem, 'whyId' | 'noteId'>): void {
  if (links.whyId !== null && getWhy(db, links.whyId)?.meetingId !== meetingId) {
    throw new ApiError('invalid_input', 'whyId: must be a root cause or contributing factor of this meeting', 'whyId');
  }
  if (links.noteId !== null && getNote(db, links.noteId)?.meetingId !== meetingId) {
    throw new ApiError('invalid_input', 'noteId: must be a note of this meeting', 'noteId');
  }
  if (links.whyId !== null && links.noteId !== null) {
    throw new ApiError('invalid_input', 'noteId: an action item addresses one finding; clear whyId to link a note', 'noteId');
  }
}

export function actionHandlers({ db, now, newId, mutate }: ServiceContext): ActionHandlers {
  /** Puts `id` at `position` (clamped) among the meeting's items and numbers them 0..n-1. */
  const placeItem = (meetingId: string, id: string, position: number, at: number) => {
    const order = listActionItems(db, meetingId)
      .map((item) => item.id)
      .filter((other) => other !== id);
    order.splice(Math.min(position, order.length), 0, id);
    renumberActionItems(db, order, at);
  };

  return {
    'actions.list': ({ meetingId }) => {
      requireMeeting(db, meetingId);
      return listActionItems(db, meetingId);
    },

    'actions.openFromEarlier': ({ meetingId }) => {
      requireMeeting(db, meetingId);
      return listEarlierOpenItems(db, meetingId);
    },

    'actions.add': (input) =>
      mutate((changes) => {
        const stored = storedAdd(input, 'action item', (id) => getActionItem(db, id));
        if (stored) return stored;
        requireMeeting(db, input.meetingId);
        const links = { whyId: input.whyId ?? null, noteId: input.noteId ?? null };
        checkFindingLinks(db, input.meetingId, links);
        const at = now();
        const count = listActionItems(db, input.meetingId).length;
        const inserted = insertActionItem(db, {
          id: input.id ?? newId(),
          meetingId: input.meetingId,
          position: count,
          title: input.title,
          owner: input.owner ?? '',
          dueOn: input.dueOn ?? null,
          priority: input.priority ?? 'P1',
          horizon: input.horizon ?? 'short_term',
          category: input.category ?? null,
          status: input.status ?? 'open',
          ...links,
          author: input.author ?? '',
          now: at,
        });
        if (input.position !== undefined && input.position < count) placeItem(input.meetingId, inserted.id, input.position, at);
        const revision = changes.touch(inserted.meetingId, 'action_item', inserted.id, 'created');
        if (reattachEffectivenessResult(db, inserted.id, inserted.meetingId)) {
          changes.record({ meetingId: inserted.meetingId, revision, entity: 'effectiveness', entityId: inserted.id, op: 'updated' });
        }
        return requireActionItem(db, inserted.id);
      }),

    'actions.update': ({ id, patch }) =>
      mutate((changes) => {
        const before = requireActionItem(db, id);
        checkFindingLinks(db, before.meetingId, {
          whyId: patch.whyId === undefined ? before.whyId : patch.whyId,
          noteId: patch.noteId === undefined ? before.noteId : patch.noteId,
        });
        const item = updateActionItem(db, id, patch, now()) ?? before;
        changes.touch(item.meetingId, 'action_item', id, 'updated');
        return item;
      }),

    'actions.delete': ({ id }) =>
      mutate((changes) => {
        const item = requireActionItem(db, id);
        detachEffectivenessResult(db, id, now());
        deleteActionItem(db, id);
        renumberActionItems(
          db,
          listActionItems(db, item.meetingId).map((other) => other.id),
          now(),
        );
        const revision = changes.touch(item.meetingId, 'action_item', id, 'deleted');
        return { id, meetingId: item.meetingId, revision };
      }),

    'actions.move': ({ id, position }) =>
      mutate((changes) => {
        const item = requireActionItem(db, id);
        placeItem(item.meetingId, id, position, now());
        changes.touch(item.meetingId, 'action_item', id, 'updated');
        return listActionItems(db, item.meetingId);
      }),

    'actions.applyStatuses': ({ changes: statuses }) =>
      mutate((changes) => {
        const before = statuses.map(({ id, status }) => ({ item: requireActionItem(db, id), status }));
        const at = now();
        // One revision per meeting touched; each changed item still gets its own event, so a window reads just it.
        const revisionOf = new Map<string, number>();
        return before.map(({ item, status }) => {
          if (item.status === status) return item;
          const updated = updateActionItem(db, item.id, { status }, at) ?? item;
          const revision = revisionOf.get(item.meetingId);
          if (revision === undefined) revisionOf.set(item.meetingId, changes.touch(item.meetingId, 'action_item', item.id, 'updated'));
          else changes.record({ meetingId: item.meetingId, revision, entity: 'action_item', entityId: item.id, op: 'updated' });
          return updated;
        });
      }),

    'actions.listDismissedChecks': ({ meetingId }) => {
      requireMeeting(db, meetingId);
      return listDismissedChecks(db, meetingId);
    },

    'actions.dismissCheck': ({ meetingId, key }) =>
      mutate((changes) => {
        requireMeeting(db, meetingId);
        if (dismissCheck(db, meetingId, key, now())) changes.touch(meetingId, 'action_check', key, 'created');
        return listDismissedChecks(db, meetingId);
      }),

    'actions.restoreCheck': ({ meetingId, key }) =>
      mutate((changes) => {
        requireMeeting(db, meetingId);
        if (restoreCheck(db, meetingId, key)) changes.touch(meetingId, 'action_check', key, 'deleted');
        return listDismissedChecks(db, meetingId);
      }),
  };
}
