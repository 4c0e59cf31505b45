import { z } from 'zod';
import { ACTION_CATEGORIES, ACTION_HORIZONS, ACTION_PRIORITIES, ACTION_STATUSES, type ActionItem, type EarlierOpenItem } from '../domain/actions.ts';
import { calendarDate, id, optionalText, requiredText } from './fields.ts';
import { returns, type Deleted, type MethodDeclarations } from './method.ts';

export const ACTION_TITLE_MAX = 500;
export const ACTION_OWNER_MAX = 200;
export const CHECK_KEY_MAX = 200;
export const ACTION_AUTHOR_MAX = 200;
/** The ledger's bulk change sends every ticked item in one call, so one transaction: twice the 50,000 it is built for. */
export const STATUS_CHANGES_MAX = 100_000;
/** One change is `{"id":"<uuid>","status":"in_progress"}` and a comma: about 60 bytes; 80 leaves room. */
const STATUS_CHANGE_BYTES = 80;

const position = z.number({ message: 'must be a position' }).int({ message: 'must be a whole number' }).min(0, { message: 'must not be negative' });

/** The fields a person edits; each may be cleared (null or empty) except the title. */
const actionFields = {
  title: requiredText(ACTION_TITLE_MAX),
  owner: optionalText(ACTION_OWNER_MAX),
  dueOn: calendarDate.nullable(),
  priority: z.enum(ACTION_PRIORITIES, { message: 'must be P0, P1 or P2' }),
  horizon: z.enum(ACTION_HORIZONS, { message: 'must be quick_win, short_term or long_term' }),
  category: z.enum(ACTION_CATEGORIES, { message: `must be one of ${ACTION_CATEGORIES.join(', ')}` }).nullable(),
  status: z.enum(ACTION_STATUSES, { message: `must be one of ${ACTION_STATUSES.join(', ')}` }),
  whyId: id.nullable(),
  noteId: id.nullable(),
};

export const listActionsInput = z.strictObject({ meetingId: id });

export const addActionInput = z.strictObject({
  meetingId: id,
  ...actionFields,
  owner: actionFields.owner.optional(),
  dueOn: actionFields.dueOn.optional(),
  priority: actionFields.priority.optional(),
  horizon: actionFields.horizon.optional(),
  category: actionFields.category.optional(),
  status: actionFields.status.optional(),
  whyId: actionFields.whyId.optional(),
  noteId: actionFields.noteId.optional(),
  /** Who added the item; a note-taker's session name replaces whatever they send. Not editable afterwards. */
  author: optionalText(ACTION_AUTHOR_MAX).optional(),
  /** A client-chosen id: a retried add is stored once, and undo of a delete restores the same item. */
  id: id.optional(),
  /** 0-based place in the list; the end when left out (undo uses it to put an item back where it was). */
  position: position.optional(),
});

export const actionPatch = z.strictObject(actionFields).partial();

export const updateActionInput = z.strictObject({ id, patch: actionPatch });
export const actionIdInput = z.strictObject({ id });
export const moveActionInput = z.strictObject({ id, position });

/** Statuses brought back from a tracker (src/shared/actions/status-import/), set all together or not at all. */
export const applyStatusesInput = z.strictObject({
  changes: z
    .array(z.strictObject({ id, status: actionFields.status }))
    .min(1, { message: 'must hold at least one change' })
    .max(STATUS_CHANGES_MAX, { message: `must hold at most ${STATUS_CHANGES_MAX.toLocaleString('en-US')} changes` })
    .refine((changes) => new Set(changes.map((change) => change.id)).size === changes.length, { message: 'must name each action item once' }),
});

/** A live check's key (see src/shared/actions/checks.ts), cleared or brought back for the whole meeting. */
export const actionCheckInput = z.strictObject({ meetingId: id, key: requiredText(CHECK_KEY_MAX) });

const row = { access: 'row', table: 'action_items' } as const;
// The checks are the facilitator's to clear (issue: "shown to the facilitator and clearable by them").
const facilitatorClears = { access: 'refused', because: 'the action-item checks are cleared by the facilitator' } as const;

export const actionMethods = {
  'actions.list': { input: listActionsInput, result: returns<ActionItem[]>(), resend: 'read', noteTaker: { access: 'meeting' } },
  'actions.add': {
    input: addActionInput,
    result: returns<ActionItem>(),
    resend: 'with-id',
    noteTaker: { access: 'add', table: 'action_items', author: true },
    reportContent: true,
  },
  'actions.update': { input: updateActionInput, result: returns<ActionItem>(), resend: 'always', noteTaker: row, reportContent: 'except-status' },
  'actions.delete': { input: actionIdInput, result: returns<Deleted>(), resend: 'always', noteTaker: row, reportContent: true },
  /** The meeting's items in their new order. */
  'actions.move': { input: moveActionInput, result: returns<ActionItem[]>(), resend: 'always', noteTaker: row, reportContent: true },
  /** Sets many items' statuses, of any meetings, in one transaction: the items as stored afterwards, in input order. */
  'actions.applyStatuses': {
    input: applyStatusesInput,
    result: returns<ActionItem[]>(),
    resend: 'always',
    noteTaker: { access: 'refused', because: 'statuses from a tracker are brought back by the facilitator' },
    maxInputBytes: STATUS_CHANGES_MAX * STATUS_CHANGE_BYTES,
  },
  /**
   * The items still open from reviews of earlier incidents that share one of this meeting's services: shown when the
   * review is prepared and started, and in its report as a backlog check.
   */
  'actions.openFromEarlier': {
    input: listActionsInput,
    result: returns<EarlierOpenItem[]>(),
    resend: 'read',
    noteTaker: { access: 'refused', because: 'other reviews’ action items are shown to the facilitator' },
  },
  /** The keys of the action-item checks cleared in the meeting (see src/shared/actions/checks.ts). */
  'actions.listDismissedChecks': { input: listActionsInput, result: returns<string[]>(), resend: 'read', noteTaker: { access: 'meeting' } },
  'actions.dismissCheck': { input: actionCheckInput, result: returns<string[]>(), resend: 'always', noteTaker: facilitatorClears },
  'actions.restoreCheck': { input: actionCheckInput, result: returns<string[]>(), resend: 'always', noteTaker: facilitatorClears },
} as const satisfies MethodDeclarations;
