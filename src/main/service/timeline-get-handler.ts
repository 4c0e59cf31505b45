import type { ApiHandlers } from '../../shared/api/contract.ts';
import { getTimelineEvent } from '../db/repositories/timeline-events.ts';
import { notFound, type ServiceContext } from './context.ts';

/** Reads one event by id: how a window applies a pushed timeline change without refetching 5,000 events. */
export function timelineGetHandler({ db }: ServiceContext) {
  return {
    'timeline.get': ({ id }) => getTimelineEvent(db, id) ?? (() => { throw notFound('timeline event', id); })(),
  } satisfies Partial<ApiHandlers<'timeline'>>;
}
