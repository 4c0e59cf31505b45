/** What a meeting collection offers for following a meeting (see meeting-collection.ts). */
export interface FollowsMeeting {
  getState(): { meetingId: string | null; open(meetingId: string): Promise<void>; close(): void };
}

const holders = new WeakMap<FollowsMeeting, { meetingId: string; count: number }>();

/**
 * Keeps a store following a meeting while anything on screen holds it: the report panel and the capture panel can
 * show the same items, and one of them leaving must not empty the other. The store closes when the last holder lets
 * go. Returns the release, to call once.
 */
export function holdMeeting(store: FollowsMeeting, meetingId: string): () => void {
  const held = holders.get(store);
  if (held && held.meetingId === meetingId && store.getState().meetingId === meetingId) held.count += 1;
  else holders.set(store, { meetingId, count: 1 });
  void store.getState().open(meetingId);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const current = holders.get(store);
    if (!current || current.meetingId !== meetingId) return;
    current.count -= 1;
    if (current.count > 0) return;
    holders.delete(store);
    store.getState().close();
  };
}
