import type { ChangeEvent } from '../../shared/api/events.ts';
import { ApiError } from '../../shared/api/errors.ts';
import { compareTimelineEvents, type TimelineEvent } from '../../shared/domain/timeline.ts';

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

export interface TimelineFollowerDeps {
  fetchOne(id: string): Promise<TimelineEvent>;
  currentMeetingId(): string | null;
  /** Stores the event as the database has it now (replacing any draft with its id). */
  put(meetingId: string, event: TimelineEvent): void;
  drop(meetingId: string, id: string): void;
  /** The fallback when one event cannot be read: fetch the whole timeline. */
  refetchAll(): void;
}

/**
 * Applies one pushed timeline change at a time by reading only the changed event, so a change costs one small
 * read whatever the length of the timeline. When two changes to one event overlap, only the later one is applied.
 */
export function followTimelineChanges(deps: TimelineFollowerDeps): (change: ChangeEvent) => Promise<void> {
  const latestAsk = new Map<string, number>();
  let asks = 0;

  return async (change) => {
    const { meetingId, entityId: id } = change;
    const ask = (asks += 1);
    if (change.op === 'deleted') {
      latestAsk.delete(id);
      deps.drop(meetingId, id);
      return;
    }
    latestAsk.set(id, ask);
    const stillWanted = () => latestAsk.get(id) === ask && deps.currentMeetingId() === meetingId;
    try {
      const event = await deps.fetchOne(id);
      if (!stillWanted()) return;
      latestAsk.delete(id);
      if (event.meetingId === meetingId) deps.put(meetingId, event);
    } catch (error) {
      if (!stillWanted()) return;
      latestAsk.delete(id);
      // Gone by the time we asked: a delete whose own event follows.
      if (error instanceof ApiError && error.code === 'not_found') deps.drop(meetingId, id);
      else deps.refetchAll();
    }
  };
}
