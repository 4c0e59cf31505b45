import type { ApiClient } from '../api/client.ts';
import type { ConnectionStatus } from '../api/transport.ts';
import { createDomainStore } from './create-domain-store.ts';

export interface ConnectionState {
  status: ConnectionStatus;
  /** The close code the server ended the connection with, once the status is 'ended' (see join-close-codes.ts). */
  endedWith: number | null;
}

/** Whether calls currently reach the service; a browser window can lose its server, a desktop window cannot. */
export function createConnectionStore(client: ApiClient) {
  return createDomainStore<ConnectionState>((set) => {
    client.watchConnection((status, endedWith) => set({ status, endedWith: endedWith ?? null }));
    return { status: client.connectionStatus, endedWith: null };
  });
}
