import type { z } from 'zod';
import { actionMethods } from './actions.ts';
import { agendaMethods, templateMethods, timerMethods } from './agenda.ts';
import { archiveMethods } from './archive.ts';
import { changeMethods } from './changes.ts';
import { conflictMethods } from './conflicts.ts';
import { effectivenessMethods } from './effectiveness.ts';
import { evidenceMethods } from './evidence.ts';
import { followupMethods } from './followups.ts';
import { joiningMethods } from './joining.ts';
import { libraryMethods } from './library.ts';
import { meetingMethods } from './meetings.ts';
import type { MethodDeclaration, Returns } from './method.ts';
import { noteMethods } from './notes.ts';
import { participantMethods } from './participants.ts';
import { peopleMethods } from './people.ts';
import { redactionMethods } from './redaction.ts';
import { publishMethods } from './publish.ts';
import { sourceMethods } from './sources.ts';
import { reminderMethods } from './reminders.ts';
import { reviewMethods } from './review.ts';
import { screenMethods } from './screen.ts';
import { tagMethods } from './tags.ts';
import { sessionMethods } from './session.ts';
import { timelineMethods } from './timeline.ts';
import { trendMethods } from './trends.ts';
import { whyMethods } from './whys.ts';

export type { Deleted } from './method.ts';

/**
 * The one API contract: every method as declared in its domain's file. Every transport validates a call's input with
 * the method's schema; the resend policy and the note-taker rules are read from the same declarations.
 */
export const methodDeclarations = {
  ...meetingMethods,
  ...timelineMethods,
  ...whyMethods,
  ...noteMethods,
  ...conflictMethods,
  ...evidenceMethods,
  ...participantMethods,
  ...agendaMethods,
  ...timerMethods,
  ...templateMethods,
  ...screenMethods,
  ...actionMethods,
  ...followupMethods,
  ...archiveMethods,
  ...sessionMethods,
  ...changeMethods,
  ...joiningMethods,
  ...reviewMethods,
  ...effectivenessMethods,
  ...peopleMethods,
  ...reminderMethods,
  ...trendMethods,
  ...redactionMethods,
  ...tagMethods,
  ...libraryMethods,
  ...publishMethods,
  ...sourceMethods,
};

type Declarations = typeof methodDeclarations;
export type Method = keyof Declarations;

export const METHODS = Object.keys(methodDeclarations) as Method[];

/** One value per method, read from its declaration. */
export function methodTable<T>(pick: (declaration: MethodDeclaration) => T): Readonly<Record<Method, T>> {
  return Object.fromEntries(METHODS.map((method) => [method, pick(methodDeclarations[method])])) as Record<Method, T>;
}

export const methodInputs = methodTable((declaration) => declaration.input) as { readonly [M in Method]: Declarations[M]['input'] };

/** What a caller may send (defaults not yet applied). */
export type MethodInput<M extends Method> = z.input<Declarations[M]['input']>;
/** What the service receives after validation. */
export type ParsedInput<M extends Method> = z.output<Declarations[M]['input']>;
export type MethodResult<M extends Method> = Declarations[M]['result'] extends Returns<infer Result> ? Result : never;

export function isMethod(name: unknown): name is Method {
  return typeof name === 'string' && Object.hasOwn(methodDeclarations, name);
}

/** The part of a method's name before the dot: the domain whose file declares it (meetings, timeline, timer, …). */
type DomainOf<M> = M extends `${infer D}.${string}` ? D : never;
export type Domain = DomainOf<Method>;
export type DomainMethod<D extends Domain> = Extract<Method, `${D}.${string}`>;

/**
 * Handlers, each registered under its method's name: for the whole contract (the service, checked exhaustively), or for
 * one domain's methods (`ApiHandlers<'timer'>`, what a handler file implements).
 */
export type ApiHandlers<D extends Domain = Domain> = { [M in DomainMethod<D>]: (input: ParsedInput<M>) => MethodResult<M> };
