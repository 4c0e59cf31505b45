import { JOIN_CLOSE_CODES } from '../../../shared/joining/join-close-codes.ts';

/** What the join server says of this browser's session while its live connection is down. */
export type JoinSessionCheck = 'joined' | 'ended' | 'unreachable';

/**
 * Why this browser is no longer joined: the facilitator ended joining, or removed this person, or (heard only from a
 * 401 after the fact, when the page was not connected to be told) one of the two.
 */
export type JoinEnding = 'joining-ended' | 'removed' | 'session-gone';

/**
 * A 401 means the session is gone: the facilitator removed this person or turned joining off and on again. No answer
 * at all means the network (or the facilitator's laptop) is away, which is worth waiting for.
 */
export async function checkJoinSession(fetchSession: () => Promise<Response>): Promise<JoinSessionCheck> {
  try {
    const response = await fetchSession();
    if (response.status === 401) return 'ended';
    return response.ok ? 'joined' : 'unreachable';
  } catch {
    return 'unreachable';
  }
}

/** The ending a close code from the join server names (see join-close-codes.ts). */
export function joinEndingOf(closeCode: number | null): JoinEnding {
  if (closeCode === JOIN_CLOSE_CODES.joiningEnded) return 'joining-ended';
  if (closeCode === JOIN_CLOSE_CODES.sessionEnded) return 'removed';
  return 'session-gone';
}
