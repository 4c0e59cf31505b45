import type { Database } from 'better-sqlite3';
import { isMethod, methodTable, type Method } from '../../shared/api/contract.ts';
import type { ApiErrorBody } from '../../shared/api/errors.ts';
import type { RowTable } from '../../shared/api/note-taker-rule.ts';
import type { NoteTakerSession } from '../../shared/joining/joining.ts';
import { getActionItem } from '../db/repositories/action-items.ts';
import { getEvidence } from '../db/repositories/evidence.ts';
import { getNote } from '../db/repositories/notes.ts';
import { getTimelineEvent } from '../db/repositories/timeline-events.ts';
import { getWhy } from '../db/repositories/whys.ts';

/** Every method's note-taker rule, as declared with the method (see src/shared/api/note-taker-rule.ts). */
export const NOTE_TAKER_RULES = methodTable((declaration) => declaration.noteTaker);

/** A call answered from the note-taker's own session (who am I) rather than refused. */
export function answersFromSession(method: unknown): boolean {
  if (!isMethod(method)) return false;
  const rule = NOTE_TAKER_RULES[method];
  return rule.access === 'refused' && rule.fromSession === true;
}

export type NoteTakerCheck = { ok: true; method: Method; input: unknown } | { ok: false; status: 401 | 403 | 404; error: ApiErrorBody };

const NOT_IN_MEETING: ApiErrorBody = { code: 'not_found', message: 'No such item in this meeting' };
const NO_SUCH_MEETING: ApiErrorBody = { code: 'not_found', message: 'No such meeting' };

const record = (value: unknown): Record<string, unknown> | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;

/**
 * Whether a paired note-taker may make this call, and the input to run it with (their name recorded as author, an
 * author in an edit left out). Another meeting's rows answer exactly as rows that do not exist. Validation of the
 * input itself stays with dispatch(), which runs next.
 */
export function checkNoteTakerCall(db: Database, session: NoteTakerSession, method: unknown, input: unknown): NoteTakerCheck {
  if (!isMethod(method)) {
    const name = typeof method === 'string' ? method.slice(0, 100) : typeof method;
    return { ok: false, status: 404, error: { code: 'unknown_method', message: `Unknown method: ${name}` } };
  }
  const rule = NOTE_TAKER_RULES[method];
  const fields = record(input);
  const refuse = (status: 403 | 404, error: ApiErrorBody): NoteTakerCheck => ({ ok: false, status, error });
  const inMeeting = (table: RowTable, id: unknown): boolean => typeof id === 'string' && meetingOfRow(db, table, id) === session.meetingId;

  switch (rule.access) {
    case 'refused':
      return refuse(403, { code: 'forbidden', message: `As a note-taker you cannot do that: ${rule.because}.` });
    case 'own-meeting':
      if (fields?.id !== undefined && fields.id !== session.meetingId) return refuse(404, NO_SUCH_MEETING);
      return { ok: true, method, input };
    case 'meeting':
      if (fields?.meetingId !== undefined && fields.meetingId !== session.meetingId) return refuse(404, NO_SUCH_MEETING);
      return { ok: true, method, input: withoutAuthorEdit(input) };
    case 'row':
      // A call without an id is left to dispatch(), which refuses it as invalid input.
      if (fields?.id !== undefined && !inMeeting(rule.table, fields.id)) return refuse(404, NOT_IN_MEETING);
      return { ok: true, method, input: withoutAuthorEdit(input) };
    case 'add': {
      if (fields?.meetingId !== undefined && fields.meetingId !== session.meetingId) return refuse(404, NO_SUCH_MEETING);
      // A retried add with the same client id is fine; an id that belongs to another meeting is not theirs to reach.
      if (fields?.id !== undefined && typeof fields.id === 'string') {
        const owner = meetingOfRow(db, rule.table, fields.id);
        if (owner !== null && owner !== session.meetingId) return refuse(404, NOT_IN_MEETING);
      }
      return { ok: true, method, input: rule.author && fields ? { ...fields, author: session.name } : input };
    }
  }
}

/** An edit cannot rewrite who wrote an item. */
function withoutAuthorEdit(input: unknown): unknown {
  const fields = record(input);
  const patch = record(fields?.patch);
  if (!fields || !patch || !('author' in patch)) return input;
  const { author: _dropped, ...rest } = patch;
  return { ...fields, patch: rest };
}

const ROW_READERS: Readonly<Record<RowTable, (db: Database, id: string) => { meetingId: string } | undefined>> = {
  timeline_events: getTimelineEvent,
  whys: getWhy,
  notes: getNote,
  action_items: getActionItem,
  evidence: getEvidence,
};

function meetingOfRow(db: Database, table: RowTable, id: string): string | null {
  return ROW_READERS[table](db, id)?.meetingId ?? null;
}
