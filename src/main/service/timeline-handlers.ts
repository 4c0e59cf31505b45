import type { ApiHandlers } from '../../shared/api/contract.ts';
import { deleteTimelineEvent, getTimelineEvent, insertTimelineEvent, listTimelineEvents, updateTimelineEvent } from '../db/repositories/timeline-events.ts';
import type { ServiceContext } from './context.ts';
import { requireMeeting, requireTimelineEvent } from './required-rows.ts';
import { storedAdd } from './resent-add.ts';
import { detachEvidence } from '../db/repositories/detached-evidence.ts';
import { putBackEvidence } from './item-evidence.ts';
import { storedEventFields } from './timeline-event-fields.ts';

export function timelineHandlers({ db, now, newId, mutate }: ServiceContext) {
  return {
    'timeline.list': ({ meetingId, after, limit }) => {
      requireMeeting(db, meetingId);
      return listTimelineEvents(db, meetingId, { after, limit });
    },

    'timeline.add': (input) =>
      mutate((changes) => {
        const stored = storedAdd(input, 'timeline event', (id) => getTimelineEvent(db, id));
        if (stored) return stored;
        requireMeeting(db, input.meetingId);
        const at = now();
        const event = insertTimelineEvent(db, {
          id: input.id ?? newId(),
          meetingId: input.meetingId,
          ...storedEventFields(input),
          source: input.source ?? 'manual',
          keyMoment: input.keyMoment ?? false,
          importId: null,
          author: input.author ?? '',
          createdAt: input.createdAt ?? at,
          now: at,
        });
        changes.touch(event.meetingId, 'timeline_event', event.id, 'created');
        putBackEvidence(db, changes, 'timeline_event', event.id, event.meetingId);
        return event;
      }),

    'timeline.update': ({ id, patch }) =>
      mutate((changes) => {
        const before = requireTimelineEvent(db, id);
        const event = updateTimelineEvent(db, id, patch, now()) ?? before;
        changes.touch(event.meetingId, 'timeline_event', id, 'updated');
        return event;
      }),

    'timeline.delete': ({ id }) =>
      mutate((changes) => {
        const event = requireTimelineEvent(db, id);
        detachEvidence(db, 'timeline_event', [id], now());
        deleteTimelineEvent(db, id);
        const revision = changes.touch(event.meetingId, 'timeline_event', id, 'deleted');
        return { id, meetingId: event.meetingId, revision };
      }),
  } satisfies Partial<ApiHandlers<'timeline'>>;
}
