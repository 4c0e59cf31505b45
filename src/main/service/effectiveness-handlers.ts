import type { Database } from 'better-sqlite3';
import { EFFECTIVENESS_TEMPLATE_ID } from '../../shared/agenda/templates.ts';
import type { ApiHandlers } from '../../shared/api/contract.ts';
import { ApiError } from '../../shared/api/errors.ts';
import { MEETING_TITLE_MAX } from '../../shared/api/meetings.ts';
import type { ActionStatus } from '../../shared/domain/actions.ts';
import type { EffectivenessItem, EffectivenessReview } from '../../shared/domain/effectiveness.ts';
import { listActionItems, updateActionItem } from '../db/repositories/action-items.ts';
import {
  effectivenessMeetingsOf,
  getEffectivenessResult,
  linkEffectivenessMeeting,
  listEffectivenessResults,
  reviewedMeetingOf,
  saveEffectivenessResult,
} from '../db/repositories/effectiveness.ts';
import { getMeeting } from '../db/repositories/meetings.ts';
import { readTimerState } from '../db/repositories/timer-states.ts';
import { insertMeetingWithAgenda } from './agenda-template-apply.ts';
import type { ServiceContext } from './context.ts';
import { requireActionItem, requireMeeting } from './required-rows.ts';

type EffectivenessHandlers = ApiHandlers<'effectiveness'>;

/** A review's action items in its order, each with its result; asked with an effectiveness meeting, its review's. */
export function readEffectivenessReview(db: Database, meetingId: string): EffectivenessReview {
  requireMeeting(db, meetingId);
  const reviewed = reviewedMeetingOf(db, meetingId) ?? meetingId;
  const results = new Map(listEffectivenessResults(db, reviewed).map((result) => [result.actionItemId, result]));
  return {
    meetingId: reviewed,
    heldIn: effectivenessMeetingsOf(db, reviewed),
    items: listActionItems(db, reviewed).map((actionItem) => ({
      id: actionItem.id,
      meetingId: reviewed,
      actionItem,
      result: results.get(actionItem.id) ?? null,
    })),
  };
}

/** "Done" makes the item done; "not done" reopens an item marked done and leaves any other status as it is. */
export function statusAfterCheck(status: ActionStatus, done: boolean): ActionStatus {
  if (done) return 'done';
  return status === 'done' ? 'open' : status;
}

const titleFor = (title: string): string => {
  const full = `Effectiveness review: ${title}`;
  return full.length <= MEETING_TITLE_MAX ? full : `${full.slice(0, MEETING_TITLE_MAX - 1)}…`;
};

export function effectivenessHandlers(context: ServiceContext): EffectivenessHandlers {
  const { db, now, mutate } = context;
  return {
    'effectiveness.get': ({ meetingId }) => readEffectivenessReview(db, meetingId),

    'effectiveness.list': () => listEffectivenessResults(db),

    'effectiveness.start': ({ meetingId, id }) =>
      mutate((changes) => {
        const reviewed = requireMeeting(db, meetingId);
        if (reviewedMeetingOf(db, meetingId) !== undefined) {
          throw new ApiError('conflict', 'This meeting is itself an effectiveness review: start the check from the review whose action items it checks.');
        }
        const held = effectivenessMeetingsOf(db, meetingId);
        if (id !== undefined && held.includes(id)) return requireMeeting(db, id);
        // One check at a time: while the newest has not finished, starting again opens that one.
        const open = held.at(-1);
        if (open !== undefined && readTimerState(db, open).meetingEndedAt === null) return requireMeeting(db, open);
        if (id !== undefined && getMeeting(db, id)) throw new ApiError('conflict', `id: a meeting with id ${id} already exists`, 'id');
        const meeting = insertMeetingWithAgenda(context, {
          id,
          title: titleFor(reviewed.title),
          incidentId: reviewed.incidentId,
          timeZone: reviewed.timeZone,
          templateId: EFFECTIVENESS_TEMPLATE_ID,
        });
        linkEffectivenessMeeting(db, meeting.id, reviewed.id, now());
        changes.record({ meetingId: meeting.id, revision: meeting.revision, entity: 'meeting', entityId: meeting.id, op: 'created' });
        changes.touch(reviewed.id, 'effectiveness', meeting.id, 'created');
        return meeting;
      }),

    'effectiveness.record': ({ id, patch }) =>
      mutate((changes): EffectivenessItem => {
        const item = requireActionItem(db, id);
        const at = now();
        const before = getEffectivenessResult(db, id);
        const status = patch.done === undefined ? item.status : statusAfterCheck(item.status, patch.done);
        const actionItem = status === item.status ? item : (updateActionItem(db, id, { status }, at) ?? item);
        const result = saveEffectivenessResult(db, {
          actionItemId: id,
          meetingId: item.meetingId,
          outcome: patch.outcome === undefined ? (before?.outcome ?? null) : patch.outcome,
          note: patch.note ?? before?.note ?? '',
          recordedAt: at,
        });
        const revision = changes.touch(item.meetingId, 'effectiveness', id, 'updated');
        // The status is the item's own: the action lists and the ledger read it again.
        if (actionItem !== item) changes.record({ meetingId: item.meetingId, revision, entity: 'action_item', entityId: id, op: 'updated' });
        return { id, meetingId: item.meetingId, actionItem, result };
      }),
  };
}
