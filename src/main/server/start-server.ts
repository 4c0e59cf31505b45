import { realpathSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Service } from '../service/service.ts';
import { TOKEN_PARAM } from './access-token.ts';
import type { Door } from './door.ts';
import { formatHostName } from './host-origin.ts';
import { writeRawResponse } from './responses.ts';
import type { RouteContext } from './routes.ts';
import { handleRequest, handleUpgrade } from './routes.ts';
import { createSocketApi, type SocketApiOptions } from './socket-api.ts';
import { createTokenDoor } from './token-door.ts';

export const DEFAULT_HOST = '127.0.0.1';

export interface ServerOptions {
  service: Service;
  /** Loopback by default: note-takers reach the service through a joined meeting's own listener. */
  host?: string;
  /** 0 picks a free port. */
  port: number;
  /** The built renderer (out/renderer). */
  staticDir: string;
  socketApi?: SocketApiOptions | undefined;
}

export interface RunningServer {
  /** What to open: the server's address with this launch's token, http://127.0.0.1:PORT/?token=… */
  url: string;
  port: number;
  /** Every HTTP request and WebSocket handshake must present it (?token=, Authorization: Bearer, or the cookie). */
  token: string;
  /** Closes every WebSocket, then the listener; the caller still owns the service and its database. */
  close(): Promise<void>;
}

/** The facilitator's server: the listener on loopback whose door is this launch's token. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const host = options.host ?? DEFAULT_HOST;
  const door = createTokenDoor(host);
  const listener = await listen({
    service: options.service,
    door,
    host,
    port: options.port,
    realStaticRoot: realpathSync(path.resolve(options.staticDir)),
    socketApi: options.socketApi,
  });
  return {
    url: `http://${formatHostName(host)}:${listener.port}/?${TOKEN_PARAM}=${door.token}`,
    port: listener.port,
    token: door.token,
    close: listener.close,
  };
}

export interface ListenOptions {
  service: Service;
  door: Door;
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** The built renderer, already a real path (symlinks resolved). */
  realStaticRoot: string;
  /** Refuse to share the port with another process's listener (the join listener on a chosen interface). */
  exclusive?: boolean;
  socketApi?: SocketApiOptions | undefined;
}

export interface Listener {
  port: number;
  /** Closes every WebSocket, then the listener. */
  close(): Promise<void>;
}

/** One listener of Debrief's HTTP and WebSocket server: the same routes, API and pages behind any door. */
export async function listen(options: ListenOptions): Promise<Listener> {
  const socketApi = createSocketApi(options.service, options.door, options.socketApi);
  let allowedHosts: ReadonlySet<string> = new Set();
  const context: RouteContext = {
    service: options.service,
    door: options.door,
    socketApi,
    realStaticRoot: options.realStaticRoot,
    allowedHosts: () => allowedHosts,
  };

  const server = createServer((req, res) => handleRequest(context, req, res));
  server.on('upgrade', (req, socket, head) => handleUpgrade(context, req, socket, head));
  // Node's own 400 for a malformed request would go out without the security headers.
  server.on('clientError', (_error, socket) => writeRawResponse(socket, 400));

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen({ port: options.port, host: options.host, exclusive: options.exclusive ?? false }, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    await socketApi.close();
    throw error;
  }
  const port = (server.address() as AddressInfo).port;
  allowedHosts = options.door.listening(port);

  return {
    port,
    async close() {
      await socketApi.close();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}
