import type { MeetingSummary } from '../../../shared/domain/meeting.ts';

/** Most recently changed first; ties by title so the order never jumps between fetches. */
export function sortMeetingsForLibrary(meetings: readonly MeetingSummary[]): MeetingSummary[] {
  return [...meetings].sort((a, b) => b.updatedAt - a.updatedAt || a.title.localeCompare(b.title) || (a.id < b.id ? -1 : 1));
}
