import type { ChangeEvent } from '../../shared/api/events.ts';
import { ApiError } from '../../shared/api/errors.ts';

export interface ItemFollowerDeps<Item extends { meetingId: string }> {
  fetchOne(id: string): Promise<Item>;
  currentMeetingId(): string | null;
  /** Stores the item as the database has it now (replacing any draft with its id). */
  put(meetingId: string, item: Item): void;
  drop(meetingId: string, id: string): void;
  /** The fallback when one item cannot be read: fetch the whole list. */
  refetchAll(): void;
}

/**
 * Applies one pushed change at a time by reading only the changed item, so a change costs one small
 * read whatever the length of the list. When two changes to one item overlap, only the later one is applied.
 */
export function followItemChanges<Item extends { meetingId: string }>(deps: ItemFollowerDeps<Item>): (change: ChangeEvent) => Promise<void> {
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
      const item = await deps.fetchOne(id);
      if (!stillWanted()) return;
      latestAsk.delete(id);
      if (item.meetingId === meetingId) deps.put(meetingId, item);
    } catch (error) {
      if (!stillWanted()) return;
      latestAsk.delete(id);
      // Gone by the time we asked: a delete whose own event follows.
      if (error instanceof ApiError && error.code === 'not_found') deps.drop(meetingId, id);
      else deps.refetchAll();
    }
  };
}
