import type { ApiClient, ClientEvent } from '../../../src/renderer/api/client.ts';
import type { Method, MethodInput, MethodResult } from '../../../src/shared/api/contract.ts';

export type FakeHandlers = { [M in Method]?: (input: MethodInput<M>) => MethodResult<M> };

/**
 * An API client answered by in-memory handlers, one microtask later as a transport would; `beforeCall` may record or
 * refuse a call (by throwing). Listeners in `listeners` hear what the fake pushes.
 */
export function clientOverHandlers(
  handlers: FakeHandlers,
  listeners: Set<(event: ClientEvent) => void>,
  beforeCall: (method: Method) => void = () => undefined,
): ApiClient {
  return {
    async call<M extends Method>(method: M, input: MethodInput<M>): Promise<MethodResult<M>> {
      beforeCall(method);
      await Promise.resolve();
      const handler = handlers[method] as ((input: MethodInput<M>) => MethodResult<M>) | undefined;
      if (!handler) throw new Error(`the fake API does not implement ${method}`);
      return handler(input);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    watchConnection: () => () => undefined,
    connectionStatus: 'open',
  };
}
