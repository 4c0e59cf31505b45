import type { ApiHandlers } from '../../shared/api/contract.ts';
import { insertTimelineEvent } from '../db/repositories/timeline-events.ts';
import type { ServiceContext } from './context.ts';
import { requireMeeting } from './required-rows.ts';

/**
 * Stores a prepared timeline in one transaction: one revision and one change event for the lot, so other windows
 * refetch once rather than once per row.
 */
export function timelineImportHandler({ db, now, newId, mutate }: ServiceContext) {
  return {
    'timeline.import': ({ meetingId, events }) =>
      mutate((changes) => {
        requireMeeting(db, meetingId);
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
