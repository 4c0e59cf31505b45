import type { ApiClient } from '../api/client.ts';

/** How many items' last authors are remembered; older ones are named as "someone else". */
const REMEMBERED = 5_000;

/** Who made the last change this window heard of, per item: a note-taker's name, or null for the facilitator. */
export function createChangeAuthors(client: ApiClient) {
  const lastBy = new Map<string, string | null>();
  client.subscribe((event) => {
    if (event.event !== 'changed') return;
    const { entityId, by } = event.payload;
    lastBy.delete(entityId);
    lastBy.set(entityId, by ?? null);
    if (lastBy.size > REMEMBERED) lastBy.delete(lastBy.keys().next().value as string);
  });
  return {
    /** undefined when no change to the item has been heard. */
    of: (entityId: string): string | null | undefined => lastBy.get(entityId),
  };
}

/** Who to name for a change made elsewhere, as this viewer would say it. */
export function changedByLabel(by: string | null | undefined, viewerIsNoteTaker: boolean): string {
  if (by) return by;
  return by === null && viewerIsNoteTaker ? 'the facilitator' : 'someone else';
}
