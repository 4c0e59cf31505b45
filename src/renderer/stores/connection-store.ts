import type { ApiClient } from '../api/client.ts';
import type { ConnectionStatus } from '../api/transport.ts';
import { createDomainStore } from './create-domain-store.ts';

export interface ConnectionState {
  status: ConnectionStatus;
}

/** Whether calls currently reach the service; a browser window can lose its server, a desktop window cannot. */
export function createConnectionStore(client: ApiClient) {
  return createDomainStore<ConnectionState>((set) => {
    client.watchConnection((status) => set({ status }));
    return { status: client.connectionStatus };
  });
}
