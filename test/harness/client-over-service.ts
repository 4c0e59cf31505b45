import { onTestFinished } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch.ts';
import type { Service } from '../../src/main/service/service.ts';
import type { Method, MethodInput, MethodResult } from '../../src/shared/api/contract.ts';
import { ApiError } from '../../src/shared/api/errors.ts';
import type { ApiClient, ClientEvent } from '../../src/renderer/api/client.ts';
import { ConnectionLostError } from '../../src/renderer/api/connection-lost-error.ts';

/**
 * The renderer's API client over the real service (through `dispatch`, as the WebSocket transport delivers it),
 * with the faults a network brings: a call that fails, is held, never arrives, or whose answer is lost.
 */
export function clientsOver(service: Service) {
  const listeners = new Set<(event: ClientEvent) => void>();
  const calls: { method: Method; input: unknown }[] = [];
  const failures = new Map<Method, unknown>();
  const holds = new Map<Method, Promise<void>>();
  /** Calls that do not reach the service, and the next call to a method whose answer is lost on the way back. */
  const dropped = new Set<Method>();
  const answersLost = new Set<Method>();
  const network = { online: true, closed: false };
  // Stores keep listening after a test; nothing reaches a service whose database is closed.
  onTestFinished(() => {
    network.closed = true;
    listeners.clear();
  });

  /** What another window (or a note-taker) does: straight to the service, heard by every client as a change. */
  const callDirect = <M extends Method>(method: M, input: MethodInput<M>): MethodResult<M> => {
    const response = dispatch(service, method, input);
    if (!response.ok) throw ApiError.fromBody(response.error);
    return response.result as MethodResult<M>;
  };

  const newClient = (): ApiClient => ({
    async call<M extends Method>(method: M, input: MethodInput<M>): Promise<MethodResult<M>> {
      calls.push({ method, input });
      await Promise.resolve();
      const hold = holds.get(method);
      if (hold) await hold;
      if (network.closed) throw new ConnectionLostError(method);
      if (!network.online) throw new Error('Connection lost');
      if (dropped.has(method)) throw new ConnectionLostError(method);
      if (failures.has(method)) {
        const failure = failures.get(method);
        failures.delete(method);
        throw failure;
      }
      const result = callDirect(method, input);
      if (answersLost.delete(method)) throw new ConnectionLostError(method);
      return result;
    },
    async upload(input) {
      return this.call('evidence.upload', input);
    },
    async image(id) {
      return this.call('evidence.image', { id });
    },
    subscribe(listener) {
      listeners.add(listener);
      // As the server does, the change event goes out before the reply to the call that caused it.
      const stop = service.onChange((payload) => queueMicrotask(() => network.closed || listener({ event: 'changed', payload })));
      return () => {
        listeners.delete(listener);
        stop();
      };
    },
    watchConnection: () => () => undefined,
    connectionStatus: 'open',
  });

  return {
    client: newClient(),
    newClient,
    call: callDirect,
    network,
    dropped,
    answersLost,
    callsTo: (method: Method) => calls.filter((call) => call.method === method).map((call) => call.input),
    failNext(method: Method, error: unknown) {
      failures.set(method, error);
    },
    /** Holds calls to `method` until the returned function is called. */
    hold(method: Method): () => void {
      let release = () => undefined as void;
      holds.set(method, new Promise<void>((resolve) => (release = resolve)));
      return () => {
        holds.delete(method);
        release();
      };
    },
    /** A command chosen in the desktop app's menu. */
    command(commandId: string) {
      for (const listener of [...listeners]) listener({ event: 'command', payload: { commandId } });
    },
    /** A reconnect, listing the meetings whose missed changes were delivered just before. */
    resync(caughtUp?: ReadonlySet<string>) {
      for (const listener of [...listeners]) listener(caughtUp ? { event: 'resync', caughtUp } : { event: 'resync' });
    },
  };
}

/** Lets calls, their answers and the change events they cause run to the end (real timers only). */
export async function settle(rounds = 10): Promise<void> {
  for (let round = 0; round < rounds; round += 1) await new Promise<void>((resolve) => setTimeout(resolve, 0));
}
