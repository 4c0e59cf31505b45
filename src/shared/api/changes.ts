import { z } from 'zod';
import type { ChangeEvent } from './events.ts';
import { id } from './fields.ts';
import { returns, type MethodDeclarations } from './method.ts';

export const changesSinceInput = z.strictObject({
  meetingId: id,
  /** The last revision of the meeting this window has seen. */
  revision: z.number({ message: 'must be a number' }).int({ message: 'must be a whole number' }).min(0, { message: 'must not be negative' }),
});

/**
 * The meeting's changes after a revision, in order. `complete` is false when the service cannot vouch for every one
 * (it restarted, another program wrote to the file, or too much happened): then the window reads everything again.
 */
export interface ChangesSince {
  complete: boolean;
  revision: number;
  changes: ChangeEvent[];
}

export const changeMethods = {
  /** What a window that lost its connection missed, so it catches up without reading everything again. */
  'changes.since': { input: changesSinceInput, result: returns<ChangesSince>(), resend: 'read', noteTaker: { access: 'meeting' } },
} as const satisfies MethodDeclarations;
