import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { openDatabase } from '../db/open.ts';
import { startRoutineBackups } from '../db/routine-backups.ts';
import { openFailureText } from '../cli/open-failure.ts';
import { errorMessage } from '../../shared/error-message.ts';
import { chooseDatabasePath } from '../paths.ts';
import { createAppService } from './app-service.ts';
import { parseServeArgs, SERVE_USAGE } from './serve-options.ts';
import { startServer } from './start-server.ts';

/** `npm run serve`: the desktop app's service and UI for any local browser. */
async function main(): Promise<number> {
  const parsed = parseServeArgs(process.argv.slice(2));
  if (!parsed.ok) return fail(`${parsed.message}\n${SERVE_USAGE}`);
  const options = parsed.options;
  if (options.help) {
    console.log(SERVE_USAGE);
    return 0;
  }

  const staticDir = path.resolve(options.staticDir ?? path.join(import.meta.dirname, '..', '..', '..', 'out', 'renderer'));
  if (!existsSync(path.join(staticDir, 'index.html'))) {
    return fail(`the app is not built: ${path.join(staticDir, 'index.html')} is missing; run npm run build first`);
  }

  const databasePath = chooseDatabasePath(options.databaseFlag);
  let database: Database;
  try {
    database = await openDatabase(databasePath);
  } catch (error) {
    return fail(openFailureText(error, databasePath));
  }
  const backups = await startRoutineBackups(database, databasePath, {
    onError: (error) => console.error(`warning: the routine backup of ${databasePath} failed: ${errorMessage(error)}`),
  });

  const { service, joining, sources, importSweeps } = createAppService(database, staticDir);
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer({ service, host: options.host, port: options.port, staticDir });
  } catch (error) {
    sources.close();
    importSweeps.stop();
    await backups.stop();
    database.close();
    return fail(listenFailure(error, options.host, options.port));
  }
  console.log(`Debrief is running at ${server.url} (database: ${databasePath})`);

  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  sources.close();
  importSweeps.stop();
  await joining.close();
  await server.close();
  await backups.stop();
  database.close();
  return 0;
}

function listenFailure(error: unknown, host: string, port: number): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EADDRINUSE') return `port ${port} on ${host} is already in use; pick another with --port N (0 picks a free one)`;
  if (code === 'EACCES') return `not allowed to listen on port ${port}; pick a port above 1023 with --port N`;
  if (code === 'EADDRNOTAVAIL') return `${host} is not an address of this machine`;
  return `cannot start the server on ${host}:${port}: ${errorMessage(error)}`;
}

function fail(message: string): number {
  console.error(`error: ${message}`);
  return 1;
}

process.exitCode = await main();
