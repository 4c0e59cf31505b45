import type { SomeApiHandlers } from '../../shared/api/contract.ts';

/**
 * The service is reached directly only by the facilitator's own transports (the desktop app's IPC and the loopback
 * server); the join server answers note-takers who ask who they are itself and never passes it here.
 */
export function sessionHandlers() {
  return {
    'session.me': () => ({ role: 'facilitator' }),
  } satisfies SomeApiHandlers;
}
