import type { Method } from './contract.ts';

/**
 * Whether a call whose connection dropped before its answer came may be sent again once the connection returns.
 * The service may already have run it, so only calls that come out the same when run twice are sent again:
 * - `always`: reads, edits that set fields to given values, deletes (a second one finds nothing, which the stores
 *   take as done);
 * - `with-id`: adds, when the caller chose the id (a second add with that id is acknowledged without a new row);
 * - `never`: steps that move on from where they are (the timer, imports, a new pairing code); those fail and say so.
 */
export type ResendRule = 'always' | 'with-id' | 'never';

export const RESEND_POLICY: Readonly<Record<Method, ResendRule>> = {
  'meetings.create': 'with-id',
  'meetings.list': 'always',
  'meetings.get': 'always',
  'meetings.update': 'always',
  'meetings.delete': 'never',

  'timeline.list': 'always',
  'timeline.get': 'always',
  'timeline.add': 'with-id',
  'timeline.update': 'always',
  'timeline.delete': 'always',
  'timeline.import': 'never',

  'whys.list': 'always',
  'whys.add': 'with-id',
  'whys.update': 'always',
  'whys.delete': 'always',

  'notes.list': 'always',
  'notes.add': 'with-id',
  'notes.update': 'always',
  'notes.delete': 'always',

  'conflicts.list': 'always',
  'conflicts.add': 'with-id',
  'conflicts.update': 'always',
  'conflicts.delete': 'always',

  'participants.list': 'always',
  'participants.add': 'with-id',
  'participants.update': 'always',
  'participants.remove': 'never',

  'agenda.get': 'always',
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

  'templates.list': 'always',
  'templates.saveFromMeeting': 'never',
  'templates.delete': 'never',

  'actions.list': 'always',
  'actions.add': 'with-id',
  'actions.update': 'always',
  'actions.delete': 'always',
  'actions.move': 'always',
  'actions.listDismissedChecks': 'always',
  'actions.dismissCheck': 'always',
  'actions.restoreCheck': 'always',

  'archive.export': 'always',
  'archive.import': 'never',

  'session.me': 'always',
  'changes.since': 'always',

  'joining.networks': 'always',
  'joining.get': 'always',
  'joining.enable': 'never',
  'joining.disable': 'never',
  'joining.rotateCode': 'never',
  'joining.removePerson': 'never',
  'joining.showOnAudience': 'always',
};

/** True when sending `input` to `method` a second time cannot store or change anything twice. */
export function canResend(method: string, input: unknown): boolean {
  const rule = (RESEND_POLICY as Readonly<Record<string, ResendRule>>)[method];
  if (rule === 'always') return true;
  if (rule !== 'with-id') return false;
  return typeof input === 'object' && input !== null && typeof (input as { id?: unknown }).id === 'string';
}
