import type { ViewerSession } from '../../shared/joining/joining.ts';

/**
 * Who makes a call: the facilitator (the desktop app's own window, or a holder of the loopback server's launch token)
 * or a paired note-taker. Transports resolve it once, at their entry point, and hand it to dispatch().
 */
export type Caller = ViewerSession;

export const FACILITATOR: Caller = { role: 'facilitator' };

/** The same person still: the facilitator, or the same note-taker's session. */
export function sameCaller(a: Caller, b: Caller): boolean {
  if (a.role === 'facilitator' || b.role === 'facilitator') return a.role === b.role;
  return a.sessionId === b.sessionId;
}
