import { compareTimelineEvents, type TimelineEvent } from '../../../shared/domain/timeline.ts';

/** The first index whose event sorts after `event`: where it goes in a list kept in display order. */
function insertionIndex(events: readonly TimelineEvent[], event: TimelineEvent): number {
  let low = 0;
  let high = events.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareTimelineEvents(events[middle] as TimelineEvent, event) <= 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The list (kept in display order) with `event` put in or replaced: a binary search, not a sort of 5,000 events. */
export function withEvent(events: readonly TimelineEvent[], event: TimelineEvent): TimelineEvent[] {
  const rest = withoutEvent(events, event.id);
  const index = insertionIndex(rest, event);
  return [...rest.slice(0, index), event, ...rest.slice(index)];
}

export function withoutEvent(events: readonly TimelineEvent[], id: string): TimelineEvent[] {
  const index = events.findIndex((candidate) => candidate.id === id);
  return index < 0 ? (events as TimelineEvent[]) : [...events.slice(0, index), ...events.slice(index + 1)];
}
