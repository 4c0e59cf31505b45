import type { ApiHandlers } from '../../shared/api/contract.ts';

/**
 * The service is reached directly only by the facilitator's own transports (the desktop app's IPC and the loopback
 * server); a note-taker asking is answered by the join server from their own session (the method's note-taker rule
 * says fromSession) and never reaches this handler.
 */
export function sessionHandlers(): ApiHandlers<'session'> {
  return {
    'session.me': () => ({ role: 'facilitator' }),
  };
}
