import type { Database } from 'better-sqlite3';
import { isMethod, type Method } from '../../shared/api/contract.ts';
import type { ApiErrorBody } from '../../shared/api/errors.ts';
import type { NoteTakerSession } from '../../shared/joining/joining.ts';
import { statement } from '../db/statements.ts';

/** Tables whose rows a note-taker reaches by id; each row names its meeting. */
type RowTable = 'timeline_events' | 'whys' | 'notes' | 'action_items';

/**
 * What a paired note-taker may do with one method:
 * - `meeting`: the input's meetingId must be the session's meeting;
 * - `own-meeting`: meetings.get of the session's meeting only;
 * - `row`: the input's id must be a row of the session's meeting;
 * - `add`: like `meeting`, and a client-chosen id must not be another meeting's row;
 * - `refused`: facilitator only, with the reason shown to the note-taker.
 * `author: true` records the session's name as the author of what is added.
 */
type Rule =
  | { access: 'meeting' }
  | { access: 'own-meeting' }
  | { access: 'row'; table: RowTable }
  | { access: 'add'; table: RowTable; author: boolean }
  | { access: 'refused'; because: string };

const FACILITATOR = 'only the facilitator can do that';
const AGENDA = 'the agenda is run by the facilitator';
const TIMER = 'the timer is run by the facilitator';
const WHO_JOINS = 'only the facilitator can change who joins';
const CONFLICTS = 'conflicting recommendations are recorded by the facilitator';
const CHECKS = 'the action-item checks are cleared by the facilitator';

/** Every method of the contract has a decision here; a new method is a compile error until it gets one. */
export const NOTE_TAKER_RULES: Readonly<Record<Method, Rule>> = {
  'meetings.create': { access: 'refused', because: FACILITATOR },
  'meetings.list': { access: 'refused', because: 'a note-taker sees only the meeting they joined' },
  'meetings.get': { access: 'own-meeting' },
  'meetings.update': { access: 'refused', because: 'the incident facts are kept by the facilitator' },
  'meetings.delete': { access: 'refused', because: FACILITATOR },

  'timeline.list': { access: 'meeting' },
  'timeline.get': { access: 'row', table: 'timeline_events' },
  'timeline.add': { access: 'add', table: 'timeline_events', author: true },
  'timeline.update': { access: 'row', table: 'timeline_events' },
  // Delete with undo is how a typo is fixed on the timeline; the facilitator sees every change live.
  'timeline.delete': { access: 'row', table: 'timeline_events' },
  'timeline.import': { access: 'refused', because: 'importing a timeline is done by the facilitator' },

  'whys.list': { access: 'meeting' },
  'whys.add': { access: 'add', table: 'whys', author: true },
  'whys.update': { access: 'row', table: 'whys' },
  'whys.delete': { access: 'row', table: 'whys' },

  'notes.list': { access: 'meeting' },
  'notes.add': { access: 'add', table: 'notes', author: true },
  'notes.update': { access: 'row', table: 'notes' },
  'notes.delete': { access: 'row', table: 'notes' },

  'conflicts.list': { access: 'meeting' },
  'conflicts.add': { access: 'refused', because: CONFLICTS },
  'conflicts.update': { access: 'refused', because: CONFLICTS },
  'conflicts.delete': { access: 'refused', because: CONFLICTS },

  'participants.list': { access: 'meeting' },
  'participants.add': { access: 'refused', because: FACILITATOR },
  'participants.update': { access: 'refused', because: FACILITATOR },
  'participants.remove': { access: 'refused', because: FACILITATOR },

  // Read to show the current section and the clock; every change to them is the facilitator's.
  'agenda.get': { access: 'meeting' },
  'agenda.applyTemplate': { access: 'refused', because: AGENDA },
  'agenda.addSection': { access: 'refused', because: AGENDA },
  'agenda.updateSection': { access: 'refused', because: AGENDA },
  'agenda.removeSection': { access: 'refused', because: AGENDA },
  'agenda.moveSection': { access: 'refused', because: AGENDA },
  'agenda.decide': { access: 'refused', because: AGENDA },

  'timer.start': { access: 'refused', because: TIMER },
  'timer.pause': { access: 'refused', because: TIMER },
  'timer.next': { access: 'refused', because: TIMER },
  'timer.previous': { access: 'refused', because: TIMER },
  'timer.extend': { access: 'refused', because: TIMER },
  'timer.restartSection': { access: 'refused', because: TIMER },
  'timer.finish': { access: 'refused', because: TIMER },
  'timer.setSound': { access: 'refused', because: TIMER },

  'templates.list': { access: 'refused', because: 'agenda templates are the facilitator’s' },
  'templates.saveFromMeeting': { access: 'refused', because: FACILITATOR },
  'templates.delete': { access: 'refused', because: FACILITATOR },

  'actions.list': { access: 'meeting' },
  'actions.add': { access: 'add', table: 'action_items', author: true },
  'actions.update': { access: 'row', table: 'action_items' },
  'actions.delete': { access: 'row', table: 'action_items' },
  'actions.move': { access: 'row', table: 'action_items' },
  'actions.listDismissedChecks': { access: 'meeting' },
  // The checks are the facilitator's to clear (issue: "shown to the facilitator and clearable by them").
  'actions.dismissCheck': { access: 'refused', because: CHECKS },
  'actions.restoreCheck': { access: 'refused', because: CHECKS },

  'archive.export': { access: 'refused', because: 'exporting is done by the facilitator' },
  'archive.import': { access: 'refused', because: FACILITATOR },

  'changes.since': { access: 'meeting' },

  // Answered by the join server from the session itself.
  'session.me': { access: 'refused', because: 'asked of the join server' },

  'joining.networks': { access: 'refused', because: WHO_JOINS },
  'joining.get': { access: 'refused', because: WHO_JOINS },
  'joining.enable': { access: 'refused', because: WHO_JOINS },
  'joining.disable': { access: 'refused', because: WHO_JOINS },
  'joining.rotateCode': { access: 'refused', because: WHO_JOINS },
  'joining.removePerson': { access: 'refused', because: WHO_JOINS },
  'joining.showOnAudience': { access: 'refused', because: WHO_JOINS },
};

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
  const inMeeting = (table: RowTable, id: unknown): boolean =>
    typeof id === 'string' && meetingOfRow(db, table, id) === session.meetingId;

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

function meetingOfRow(db: Database, table: RowTable, id: string): string | null {
  // The table name comes from the fixed RowTable union above, never from input.
  const row = statement(db, `SELECT meeting_id AS meetingId FROM ${table} WHERE id = ?`).get(id) as { meetingId: string } | undefined;
  return row?.meetingId ?? null;
}
