import type { ApiHandlers } from '../../shared/api/contract.ts';
import { getMeeting } from '../db/repositories/meetings.ts';
import { insertTimelineEvent } from '../db/repositories/timeline-events.ts';
import { notFound, type ServiceContext } from './context.ts';

/**
 * Stores a prepared timeline in one transaction: one revision and one change event for the lot, so other windows
 * refetch once rather than once per row.
 */
export function timelineImportHandler({ db, now, newId, mutate }: ServiceContext) {
  return {
    'timeline.import': ({ meetingId, events }) =>
      mutate((changes) => {
        if (!getMeeting(db, meetingId)) throw notFound('meeting', meetingId);
        const stored = events.map((event) => {
          const at = now();
          return insertTimelineEvent(db, {
            id: newId(),
            meetingId,
            occurredAt: event.occurredAt,
            precision: event.precision ?? 'minute',
            description: event.description,
            actor: event.actor ?? '',
            phase: event.phase ?? 'other',
            source: event.source,
            author: '',
            createdAt: at,
            now: at,
          });
        });
        changes.touch(meetingId, 'timeline_import', meetingId, 'created');
        return { count: stored.length, events: stored };
      }),
  } satisfies Partial<ApiHandlers<'timeline'>>;
}
