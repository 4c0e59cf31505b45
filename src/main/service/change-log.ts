import type { ChangeEvent } from '../../shared/api/events.ts';

/** How many changes of one meeting are kept for windows catching up; beyond that they read everything again. */
export const CHANGES_KEPT_PER_MEETING = 2_000;

export interface ChangeLog {
  /** Keeps a committed change of a meeting (state kept outside the database, such as who joined, is not logged). */
  keep(event: ChangeEvent): void;
  /**
   * The kept changes after `revision`, provided they are every change up to `current` (the meeting's revision in the
   * database now); null when some are missing: written by another program, from before a restart, or dropped.
   */
  since(meetingId: string, revision: number, current: number): ChangeEvent[] | null;
}

export function createChangeLog(keptPerMeeting = CHANGES_KEPT_PER_MEETING): ChangeLog {
  const byMeeting = new Map<string, ChangeEvent[]>();
  return {
    keep(event) {
      if (event.meetingId === '' || event.entity === 'joining') return;
      const kept = byMeeting.get(event.meetingId) ?? [];
      kept.push(event);
      if (kept.length > keptPerMeeting) kept.splice(0, kept.length - keptPerMeeting);
      byMeeting.set(event.meetingId, kept);
    },
    since(meetingId, revision, current) {
      if (revision > current) return null;
      const missed = (byMeeting.get(meetingId) ?? []).filter((event) => event.revision > revision);
      // Every revision from the one after `revision` to `current`, each once and in order, or the log cannot vouch.
      const revisions = [...new Set(missed.map((event) => event.revision))];
      const contiguous = revisions.length === current - revision && revisions.every((at, index) => at === revision + index + 1);
      return contiguous ? missed : null;
    },
  };
}
