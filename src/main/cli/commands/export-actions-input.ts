import type { ApiErrorBody } from '../../../shared/api/errors.ts';
import type { TrackerExportInput } from '../../../shared/actions/tracker-export/index.ts';
import { trackerExportInput, type ReviewItems } from '../../../shared/actions/tracker-export/from-reviews.ts';
import type { LocalApi } from '../local-api.ts';

/** The meetings to export: the one asked for, or every meeting, oldest first so a re-export lists them in the same order. */
function meetingIds(api: LocalApi, meetingId: string | undefined): string[] | ApiErrorBody {
  if (meetingId !== undefined) return [meetingId];
  const listed = api.call('meetings.list', {});
  if (!listed.ok) return listed.error;
  return [...listed.result].sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id)).map((meeting) => meeting.id);
}

/**
 * Every action item of the meetings asked for, with its review, and the people directory that maps owners to tracker
 * users, read through the API as any client would.
 */
export function readExportInput(api: LocalApi, meetingId: string | undefined): TrackerExportInput | ApiErrorBody {
  const ids = meetingIds(api, meetingId);
  if (!Array.isArray(ids)) return ids;
  const reviews: ReviewItems[] = [];
  for (const id of ids) {
    const meeting = api.call('meetings.get', { id });
    if (!meeting.ok) return meeting.error;
    const actions = api.call('actions.list', { meetingId: id });
    if (!actions.ok) return actions.error;
    // The causes and findings are read only for meetings whose items link one.
    const linked = actions.result.some((item) => item.whyId !== null || item.noteId !== null);
    const whys = linked ? api.call('whys.list', { meetingId: id }) : { ok: true as const, result: [] };
    if (!whys.ok) return whys.error;
    const notes = linked ? api.call('notes.list', { meetingId: id }) : { ok: true as const, result: [] };
    if (!notes.ok) return notes.error;
    reviews.push({ meeting: meeting.result, actions: actions.result, whys: whys.result, notes: notes.result });
  }
  const people = api.call('people.list', {});
  if (!people.ok) return people.error;
  return trackerExportInput(reviews, people.result);
}
