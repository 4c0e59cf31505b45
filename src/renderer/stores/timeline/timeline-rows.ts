import { compareTimelineEvents, type TimelineEvent } from '../../../shared/domain/timeline.ts';
import type { EntryStatus } from '../meeting-collection.ts';

export type { EntryStatus } from '../meeting-collection.ts';

export interface TimelineRow {
  event: TimelineEvent;
  status: EntryStatus;
}

const SAVED: EntryStatus = { state: 'saved' };

/**
 * What the timeline shows: the events as stored, plus adds still on their way (so typing never waits),
 * minus deletes on their way, in time order, each with its save status.
 */
export function timelineRows(source: {
  items: readonly TimelineEvent[];
  drafts: Readonly<Record<string, TimelineEvent>>;
  hidden: Readonly<Record<string, true>>;
  statuses: Readonly<Record<string, EntryStatus>>;
}): TimelineRow[] {
  const byId = new Map<string, TimelineEvent>();
  for (const draft of Object.values(source.drafts)) byId.set(draft.id, draft);
  // A stored event wins over a draft with the same id: the database has the last word.
  for (const event of source.items) byId.set(event.id, event);
  return [...byId.values()]
    .filter((event) => !Object.hasOwn(source.hidden, event.id))
    .sort(compareTimelineEvents)
    .map((event) => ({ event, status: source.statuses[event.id] ?? SAVED }));
}
