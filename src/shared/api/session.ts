import type { ViewerSession } from '../joining/joining.ts';
import { noInput } from './joining.ts';
import { returns, type MethodDeclarations } from './method.ts';

export const sessionMethods = {
  /** Who this window is: the facilitator (the laptop itself) or a paired note-taker, whose calls are limited. */
  'session.me': {
    input: noInput,
    result: returns<ViewerSession>(),
    resend: 'read',
    noteTaker: { access: 'refused', because: 'asked of the join server', fromSession: true },
  },
} as const satisfies MethodDeclarations;
