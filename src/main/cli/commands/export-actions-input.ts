import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { errorMessage } from '../../../shared/error-message.ts';
import type { ApiErrorBody } from '../../../shared/api/errors.ts';
import type { ExportedAction, ExportedReview, TrackerExportInput, TrackerIdentities } from '../../../shared/actions/tracker-export/index.ts';
import type { LocalApi } from '../local-api.ts';

/** `{ "Ana Lima": { "jira": "ana@example.com", "github": "analima" } }`: owner names as typed on the items. */
const identitiesFile = z.record(z.string(), z.strictObject({ jira: z.string().max(200).optional(), github: z.string().max(200).optional() }));

/** The owner → tracker identity map from a JSON file, or a sentence saying what is wrong with it. */
export async function readIdentities(file: string): Promise<TrackerIdentities | string> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return `cannot read ${file}: ${errorMessage(error)}`;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return `${file} is not JSON`;
  }
  const parsed = identitiesFile.safeParse(json);
  if (!parsed.success) {
    return `${file} must map owner names to { "jira"?: "...", "github"?: "..." } (${parsed.error.issues[0]?.path.join('.') ?? ''}: ${parsed.error.issues[0]?.message ?? ''})`;
  }
  return parsed.data;
}

/** The meetings to export: the one asked for, or every meeting, oldest first so a re-export lists them in the same order. */
function meetingIds(api: LocalApi, meetingId: string | undefined): string[] | ApiErrorBody {
  if (meetingId !== undefined) return [meetingId];
  const listed = api.call('meetings.list', {});
  if (!listed.ok) return listed.error;
  return [...listed.result].sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id)).map((meeting) => meeting.id);
}

/** What the cause (why) or finding (note) an item addresses says, read only for meetings whose items link one. */
function addressedTexts(api: LocalApi, meetingId: string): Map<string, string> | ApiErrorBody {
  const whys = api.call('whys.list', { meetingId });
  if (!whys.ok) return whys.error;
  const notes = api.call('notes.list', { meetingId });
  if (!notes.ok) return notes.error;
  return new Map([...whys.result, ...notes.result].map((row) => [row.id, row.text]));
}

/** Every action item of the meetings asked for, with its review, read through the API as any client would. */
export function readExportInput(api: LocalApi, meetingId: string | undefined, identities: TrackerIdentities | undefined): TrackerExportInput | ApiErrorBody {
  const ids = meetingIds(api, meetingId);
  if (!Array.isArray(ids)) return ids;
  const reviews: ExportedReview[] = [];
  const actions: ExportedAction[] = [];
  for (const id of ids) {
    const meeting = api.call('meetings.get', { id });
    if (!meeting.ok) return meeting.error;
    const { incidentId, title, followUpReviewOn, updatedAt } = meeting.result;
    const review: ExportedReview = { id, incidentId, title, followUpReviewOn, updatedAt };
    reviews.push(review);
    const items = api.call('actions.list', { meetingId: id });
    if (!items.ok) return items.error;
    const linked = items.result.some((item) => item.whyId !== null || item.noteId !== null);
    const texts = linked ? addressedTexts(api, id) : new Map<string, string>();
    if (!(texts instanceof Map)) return texts;
    for (const item of items.result) {
      const target = item.whyId ?? item.noteId;
      actions.push({ item, review, addresses: target === null ? null : (texts.get(target) ?? null) });
    }
  }
  return identities === undefined ? { actions, reviews } : { actions, reviews, identities };
}
