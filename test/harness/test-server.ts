import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { openDatabase } from '../../src/main/db/open.ts';
import { createService, type Service } from '../../src/main/service/service.ts';
import { startServer, type RunningServer } from '../../src/main/server/start-server.ts';
import { makeTempDir } from './temp-dir.ts';
import { writeStaticSite } from './static-site.ts';

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

/** A real server on 127.0.0.1 with a free port, over a real SQLite file and a stand-in renderer, in a temp folder. */
export async function startTestServer(): Promise<TestServer> {
  const temp = makeTempDir('debrief-server-');
  const db = await openDatabase(temp.file('debrief.sqlite'));
  const service = createService(db);
  const staticDir = writeStaticSite(path.join(temp.dir, 'renderer'));
  let server: RunningServer;
  try {
    server = await startServer({ service, port: 0, staticDir });
  } catch (error) {
    db.close();
    temp.remove();
    throw error;
  }
  return {
    server,
    port: server.port,
    url: server.url,
    token: server.token,
    socketUrl: `ws://127.0.0.1:${server.port}/api/ws?token=${server.token}`,
    origin: `http://127.0.0.1:${server.port}`,
    db,
    service,
    dir: temp.dir,
    async stop() {
      await server.close();
      db.close();
      temp.remove();
    },
  };
}
