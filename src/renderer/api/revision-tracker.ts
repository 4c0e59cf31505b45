import type { ChangesSince } from '../../shared/api/changes.ts';
import type { ChangeEvent } from '../../shared/api/events.ts';

export interface CatchUp {
  /** The changes missed while the connection was down, in revision order. */
  missed: ChangeEvent[];
  /** Meetings whose every missed change is in `missed`. */
  caughtUp: ReadonlySet<string>;
}

/**
 * The last revision this window has seen of each meeting, and after a reconnect what it missed since then: asked of
 * the service per meeting, so a long timeline is not read again because the Wi-Fi blinked.
 */
export function createRevisionTracker(changesSince: (meetingId: string, revision: number) => Promise<ChangesSince>) {
  const seen = new Map<string, number>();

  const saw = (meetingId: string, revision: number) => {
    if (meetingId === '') return;
    if (revision > (seen.get(meetingId) ?? -1)) seen.set(meetingId, revision);
  };

  return {
    saw,
    async catchUp(): Promise<CatchUp> {
      const asked = await Promise.all(
        [...seen].map(async ([meetingId, revision]) => {
          try {
            return { meetingId, answer: await changesSince(meetingId, revision) };
          } catch {
            // Deleted meanwhile, or the connection dropped again: that meeting is read again in full.
            return { meetingId, answer: null };
          }
        }),
      );
      const missed: ChangeEvent[] = [];
      const caughtUp = new Set<string>();
      for (const { meetingId, answer } of asked) {
        if (!answer?.complete) continue;
        missed.push(...answer.changes);
        caughtUp.add(meetingId);
        saw(meetingId, answer.revision);
      }
      missed.sort((a, b) => a.revision - b.revision);
      return { missed, caughtUp };
    },
  };
}
