import type { Method, MethodInput, MethodResult } from '../../shared/api/contract.ts';
import { ApiError } from '../../shared/api/errors.ts';
import type { ChangeEvent, MenuCommandEvent } from '../../shared/api/events.ts';
import type { ConnectionStatus, Transport } from './transport.ts';

/**
 * What stores and the window hear from the client: a committed change, "you may have missed changes, refetch
 * everything", or a command chosen in the desktop app's menu (performed through the window's command registry).
 */
export type ClientEvent =
  | { event: 'changed'; payload: ChangeEvent }
  | { event: 'resync' }
  | { event: 'command'; payload: MenuCommandEvent };

export interface ApiClient {
  call<M extends Method>(method: M, input: MethodInput<M>): Promise<MethodResult<M>>;
  subscribe(listener: (event: ClientEvent) => void): () => void;
  watchConnection(listener: (status: ConnectionStatus) => void): () => void;
  readonly connectionStatus: ConnectionStatus;
}

export function createApiClient(transport: Transport): ApiClient {
  return {
    async call<M extends Method>(method: M, input: MethodInput<M>): Promise<MethodResult<M>> {
      const response = await transport.call(method, input);
      if (!response.ok) throw ApiError.fromBody(response.error);
      // The service produced this result for `method`; the contract's result map names its type.
      return response.result as MethodResult<M>;
    },

    subscribe(listener) {
      return transport.listen((notice) => {
        if (notice.kind === 'event') {
          const { event } = notice;
          if (event.event === 'changed') listener({ event: 'changed', payload: event.payload });
          else if (event.event === 'command') listener({ event: 'command', payload: event.payload });
        } else if (notice.kind === 'resync') {
          listener({ event: 'resync' });
        }
      });
    },

    watchConnection(listener) {
      return transport.listen((notice) => {
        if (notice.kind === 'status') listener(notice.status);
      });
    },

    get connectionStatus() {
      return transport.status;
    },
  };
}
