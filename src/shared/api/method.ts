import type { z } from 'zod';
import type { NoteTakerRule } from './note-taker-rule.ts';

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

/**
 * Whether a method changes a review's report content, which is read-only while the review is published and whose
 * edits after circulation are recorded (issue 15; the one guard is `src/main/service/review-guard.ts`):
 * - `true`: every call does;
 * - `except-status`: unless its `patch` sets nothing but `status` (an action item's progress, a meeting's status).
 */
export type ReportContentRule = true | 'except-status';

/** Carries a method's result type; nothing is read from it at runtime. */
export interface Returns<Result> {
  readonly resultType?: Result;
}

export const returns = <Result>(): Returns<Result> => ({});

/**
 * Everything about one API method, declared once under its name in its domain's file (src/shared/api/<domain>.ts);
 * the contract, the resend policy and the note-taker rules are all read from these declarations.
 */
export interface MethodDeclaration {
  /** Every transport parses the call's input with this schema before the service sees it. */
  input: z.ZodType;
  result: Returns<unknown>;
  resend: ResendRule;
  noteTaker: NoteTakerRule;
  /**
   * For a method whose input may outgrow one API message (MAX_MESSAGE_BYTES), the size it may reach instead. In a
   * browser such a call travels as POST /api/call/<method>, since WebSocket frames stop at one message.
   */
  maxInputBytes?: number;
  /** Left out for methods that change no report content (reads, the timer, the agenda, sign-offs). */
  reportContent?: ReportContentRule;
}

export type MethodDeclarations = Readonly<Record<string, MethodDeclaration>>;

/** What a delete answers: the row that went, and the meeting's revision that counted it. */
export interface Deleted {
  id: string;
  meetingId: string;
  revision: number;
}
