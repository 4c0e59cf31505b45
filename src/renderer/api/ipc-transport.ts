import type { DebriefBridge } from '../../shared/api/bridge.ts';
import type { Transport, TransportNotice } from './transport.ts';

/** Electron: the preload's bridge is always connected, so there is nothing to queue or resync. */
export function createIpcTransport(bridge: DebriefBridge): Transport {
  return {
    call: (method, input) => bridge.call(method, input),
    listen(listener: (notice: TransportNotice) => void) {
      return bridge.subscribe((event) => listener({ kind: 'event', event }));
    },
    status: 'open',
  };
}
