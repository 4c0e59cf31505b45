import type { ChangedEntity, ChangeEvent } from '../../shared/api/events.ts';
import type { ApiClient } from '../api/client.ts';

export interface MeetingFollower {
  /** The meeting followed right now; nothing is heard while it is null. */
  meetingId(): string | null;
  /** The entities whose changes in that meeting are passed on. */
  entities: readonly ChangedEntity[];
  onChange(change: ChangeEvent): void;
  /**
   * After a reconnect. `caughtUp` is true when the missed changes of this meeting were delivered just before, change
   * by change (so nothing needs reading again); false when they could not be, and everything must be read again.
   */
  onResync(caughtUp: boolean): void;
}

/** The one way a store hears about its meeting's changes: filtered by meeting and entity, catch-up honoured. */
export function followMeeting(client: ApiClient, follower: MeetingFollower): () => void {
  return client.subscribe((event) => {
    if (event.event === 'command') return;
    const meetingId = follower.meetingId();
    if (!meetingId) return;
    if (event.event === 'resync') follower.onResync(event.caughtUp?.has(meetingId) ?? false);
    else if (event.payload.meetingId === meetingId && follower.entities.includes(event.payload.entity)) follower.onChange(event.payload);
  });
}
