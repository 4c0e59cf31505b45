import { realpathSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Service } from '../service/service.ts';
import { newAccessToken, TOKEN_PARAM } from './access-token.ts';
import { allowedHostHeaders, formatHostName } from './host-origin.ts';
import { writeRawResponse } from './responses.ts';
import type { RouteContext } from './routes.ts';
import { handleRequest, handleUpgrade } from './routes.ts';
import { createSocketApi } from './socket-api.ts';

export const DEFAULT_HOST = '127.0.0.1';

export interface ServerOptions {
  service: Service;
  /** Loopback by default: other machines can join only once LAN mode exists and is switched on. */
  host?: string;
  /** 0 picks a free port. */
  port: number;
  /** The built renderer (out/renderer). */
  staticDir: string;
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

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const host = options.host ?? DEFAULT_HOST;
  const socketApi = createSocketApi(options.service);
  const token = newAccessToken();
  let allowedHosts: ReadonlySet<string> = new Set();
  let port = 0;
  const context: RouteContext = {
    service: options.service,
    socketApi,
    realStaticRoot: realpathSync(path.resolve(options.staticDir)),
    token,
    allowedHosts: () => allowedHosts,
    port: () => port,
  };

  const server = createServer((req, res) => handleRequest(context, req, res));
  server.on('upgrade', (req, socket, head) => handleUpgrade(context, req, socket, head));
  // Node's own 400 for a malformed request would go out without the security headers.
  server.on('clientError', (_error, socket) => writeRawResponse(socket, 400));

  try {
    await listen(server, options.port, host);
  } catch (error) {
    await socketApi.close();
    throw error;
  }
  port = (server.address() as AddressInfo).port;
  allowedHosts = allowedHostHeaders(host, port);

  return {
    url: `http://${formatHostName(host)}:${port}/?${TOKEN_PARAM}=${token}`,
    port,
    token,
    async close() {
      await socketApi.close();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}

function listen(server: ReturnType<typeof createServer>, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}
