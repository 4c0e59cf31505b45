import type { DebriefBridge } from '../../shared/api/bridge.ts';
import { ipcFileTransport, type FileTransport } from './file-transport.ts';
import { httpFileTransport } from './http-file-transport.ts';
import { createIpcTransport } from './ipc-transport.ts';
import type { Transport } from './transport.ts';
import { newId } from './new-id.ts';
import { createOutbox, PAGE_BEAT_MS, type Outbox } from './outbox.ts';
import { createWebSocketTransport } from './web-socket-transport.ts';
import { openBrowserSocket } from './socket.ts';
import { webSocketUrl } from './web-socket-url.ts';

declare global {
  interface Window {
    /** Present only inside the Electron app, put there by the preload script. */
    debrief?: DebriefBridge;
  }
}

/** How images travel: the bridge's upload channel in Electron, the server's upload and image routes in a browser. */
export function chooseFileTransport(): FileTransport {
  return window.debrief ? ipcFileTransport(window.debrief) : httpFileTransport();
}

/** Electron's bridge when the preload put one on window, else a WebSocket to the server that served the page. */
export function chooseTransport(): Transport {
  if (window.debrief) return createIpcTransport(window.debrief);
  return createWebSocketTransport({
    url: webSocketUrl(window.location),
    openSocket: openBrowserSocket,
    outbox: browserOutbox(),
  });
}

function browserOutbox(): Outbox | undefined {
  try {
    const outbox = createOutbox(window.localStorage, Date.now, newId());
    setInterval(() => outbox.beat(), PAGE_BEAT_MS);
    window.addEventListener('pagehide', () => outbox.leave());
    return outbox;
  } catch {
    // Storage switched off: writes still wait for the connection, in memory.
    return undefined;
  }
}
