import type { ApiHandlers } from '../../shared/api/contract.ts';

/**
 * The service is reached directly only by the facilitator's own transports (the desktop app's IPC and the loopback
 * server); the join server answers `session.me` for note-takers itself and never passes it here.
 */
export function sessionHandlers(): Pick<ApiHandlers, 'session.me'> {
  return {
    'session.me': () => ({ role: 'facilitator' }),
  };
}
