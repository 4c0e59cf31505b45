/** What the join server says of this browser's session while its live connection is down. */
export type JoinSessionCheck = 'joined' | 'ended' | 'unreachable';

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
