import path from 'node:path';
import type { Database } from 'better-sqlite3';
import type { Service } from '../../src/main/service/service.ts';
import { startServer, type RunningServer } from '../../src/main/server/start-server.ts';
import type { SocketApiOptions } from '../../src/main/server/socket-api.ts';
import { openServiceOnTempFile } from './service-on-temp-file.ts';
import { writeStaticSite } from './static-site.ts';
import { apiSocketUrl } from './ws-client.ts';

export interface TestServer {
  server: RunningServer;
  port: number;
  /** The address with this launch's token, as `npm run serve` prints it. */
  url: string;
  /** What every request must present (postCall and rawRequest take it as `token`). */
  token: string;
  /** ws://127.0.0.1:<port>/api/ws?token=…, the handshake's own way to present the token */
  socketUrl: string;
  origin: string;
  db: Database;
  service: Service;
  dir: string;
  /** Stops the server, closes the database and deletes the temp folder. */
  stop(): Promise<void>;
}

/** A real server in this process on 127.0.0.1 with a free port, over a real SQLite file and a stand-in renderer. */
export async function startTestServer(socketApi?: SocketApiOptions): Promise<TestServer> {
  const { temp, db, service, close } = await openServiceOnTempFile({}, 'debrief-server-');
  const staticDir = writeStaticSite(path.join(temp.dir, 'renderer'));
  let server: RunningServer;
  try {
    server = await startServer({ service, port: 0, staticDir, socketApi });
  } catch (error) {
    close();
    throw error;
  }
  return {
    server,
    port: server.port,
    url: server.url,
    token: server.token,
    socketUrl: apiSocketUrl(`127.0.0.1:${server.port}`, server.token),
    origin: `http://127.0.0.1:${server.port}`,
    db,
    service,
    dir: temp.dir,
    async stop() {
      await server.close();
      close();
    },
  };
}
