import type { ApiHandlers } from '../../shared/api/contract.ts';
import type { ServiceContext } from './context.ts';
import { requireTimelineEvent } from './required-rows.ts';

/** Reads one event by id: how a window applies a pushed timeline change without refetching 5,000 events. */
export function timelineGetHandler({ db }: ServiceContext) {
  return {
    'timeline.get': ({ id }) => requireTimelineEvent(db, id),
  } satisfies Partial<ApiHandlers<'timeline'>>;
}
