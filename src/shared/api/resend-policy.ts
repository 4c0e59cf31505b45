import type { Method } from './contract.ts';

/**
 * Whether a call whose connection dropped before its answer came may be sent again once the connection returns.
 * The service may already have run it, so only calls that come out the same when run twice are sent again:
 * - `read`: changes nothing;
 * - `always`: edits that set fields to given values, deletes (a second one finds nothing, which the stores take as
 *   done);
 * - `with-id`: adds, when the caller chose the id (a second add with that id is acknowledged without a new row);
 * - `never`: steps that move on from where they are (the timer, imports, a new pairing code); those fail and say so.
 */
export type ResendRule = 'read' | 'always' | 'with-id' | 'never';

export const RESEND_POLICY: Readonly<Record<Method, ResendRule>> = {
  'meetings.create': 'with-id',
  'meetings.list': 'read',
  'meetings.get': 'read',
  'meetings.update': 'always',
  'meetings.delete': 'never',

  'timeline.list': 'read',
  'timeline.get': 'read',
  'timeline.add': 'with-id',
  'timeline.update': 'always',
  'timeline.delete': 'always',
  'timeline.import': 'never',

  'whys.list': 'read',
  'whys.add': 'with-id',
  'whys.update': 'always',
  'whys.delete': 'always',

  'notes.list': 'read',
  'notes.add': 'with-id',
  'notes.update': 'always',
  'notes.delete': 'always',

  'conflicts.list': 'read',
  'conflicts.add': 'with-id',
  'conflicts.update': 'always',
  'conflicts.delete': 'always',

  'participants.list': 'read',
  'participants.add': 'with-id',
  'participants.update': 'always',
  'participants.remove': 'never',

  'agenda.get': 'read',
  'agenda.applyTemplate': 'never',
  'agenda.addSection': 'never',
  'agenda.updateSection': 'always',
  'agenda.removeSection': 'never',
  'agenda.moveSection': 'never',
  'agenda.decide': 'never',

  'timer.start': 'never',
  'timer.pause': 'never',
  'timer.next': 'never',
  'timer.previous': 'never',
  'timer.extend': 'never',
  'timer.restartSection': 'never',
  'timer.finish': 'never',
  'timer.setSound': 'always',

  'templates.list': 'read',
  'templates.saveFromMeeting': 'never',
  'templates.delete': 'never',

  'actions.list': 'read',
  'actions.add': 'with-id',
  'actions.update': 'always',
  'actions.delete': 'always',
  'actions.move': 'always',
  'actions.listDismissedChecks': 'read',
  'actions.dismissCheck': 'always',
  'actions.restoreCheck': 'always',

  'archive.export': 'read',
  'archive.import': 'never',

  'session.me': 'read',
  'changes.since': 'read',

  'joining.networks': 'read',
  'joining.get': 'read',
  'joining.enable': 'never',
  'joining.disable': 'never',
  'joining.rotateCode': 'never',
  'joining.removePerson': 'never',
  'joining.showOnAudience': 'always',
};

const ruleOf = (method: string): ResendRule | undefined => (RESEND_POLICY as Readonly<Record<string, ResendRule>>)[method];
const hasChosenId = (input: unknown): boolean => typeof input === 'object' && input !== null && typeof (input as { id?: unknown }).id === 'string';

/** True when sending `input` to `method` a second time cannot store or change anything twice. */
export function canResend(method: string, input: unknown): boolean {
  const rule = ruleOf(method);
  return rule === 'read' || rule === 'always' || (rule === 'with-id' && hasChosenId(input));
}

/** A write that may wait, even across a reload of the page, until it reaches the service. */
export function canWaitToBeSent(method: string, input: unknown): boolean {
  const rule = ruleOf(method);
  return rule === 'always' || (rule === 'with-id' && hasChosenId(input));
}
