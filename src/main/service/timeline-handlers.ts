import type { ApiHandlers } from '../../shared/api/contract.ts';
import { ApiError } from '../../shared/api/errors.ts';
import { getMeeting } from '../db/repositories/meetings.ts';
import {
  deleteTimelineEvent,
  getTimelineEvent,
  insertTimelineEvent,
  listTimelineEvents,
  updateTimelineEvent,
} from '../db/repositories/timeline-events.ts';
import { notFound, type ServiceContext } from './context.ts';

export function timelineHandlers({ db, now, newId, mutate }: ServiceContext) {
  const requireEvent = (id: string) => getTimelineEvent(db, id) ?? (() => { throw notFound('timeline event', id); })();

  return {
    'timeline.list': ({ meetingId }) => {
      if (!getMeeting(db, meetingId)) throw notFound('meeting', meetingId);
      return listTimelineEvents(db, meetingId);
    },

    'timeline.add': (input) =>
      mutate((changes) => {
        if (input.id) {
          // A retried add (same id) is acknowledged again without a second row.
          const existing = getTimelineEvent(db, input.id);
          if (existing) {
            if (existing.meetingId !== input.meetingId) {
              throw new ApiError('conflict', `id: timeline event ${input.id} belongs to another meeting`, 'id');
            }
            return existing;
          }
        }
        if (!getMeeting(db, input.meetingId)) throw notFound('meeting', input.meetingId);
        const at = now();
        const event = insertTimelineEvent(db, {
          id: input.id ?? newId(),
          meetingId: input.meetingId,
          occurredAt: input.occurredAt,
          precision: input.precision ?? 'minute',
          description: input.description,
          actor: input.actor ?? '',
          phase: input.phase ?? 'other',
          source: input.source ?? 'manual',
          author: input.author ?? '',
          createdAt: input.createdAt ?? at,
          now: at,
        });
        changes.touch(event.meetingId, 'timeline_event', event.id, 'created');
        return event;
      }),

    'timeline.update': ({ id, patch }) =>
      mutate((changes) => {
        const before = requireEvent(id);
        const event = updateTimelineEvent(db, id, patch, now()) ?? before;
        changes.touch(event.meetingId, 'timeline_event', id, 'updated');
        return event;
      }),

    'timeline.delete': ({ id }) =>
      mutate((changes) => {
        const event = requireEvent(id);
        deleteTimelineEvent(db, id);
        const revision = changes.touch(event.meetingId, 'timeline_event', id, 'deleted');
        return { id, meetingId: event.meetingId, revision };
      }),
  } satisfies Partial<ApiHandlers<'timeline'>>;
}
