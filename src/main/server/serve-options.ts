import { parseArgs } from 'node:util';
import { errorMessage } from '../../shared/error-message.ts';

export const DEFAULT_PORT = 4173;
/** The facilitator's server is loopback only; note-takers reach a separate join server the facilitator turns on. */
export const SERVE_HOSTS = ['127.0.0.1', 'localhost', '::1'] as const;

export const SERVE_USAGE = `usage: npm run serve -- [--port N] [--host 127.0.0.1|localhost|::1] [--db PATH] [--static DIR]
  --port N      port to listen on (default ${DEFAULT_PORT}; 0 picks a free one)
  --host NAME   loopback address to bind (default 127.0.0.1)
  --db PATH     database file (default: DEBRIEF_DB, else the desktop app's file)
  --static DIR  folder with the built renderer (default: out/renderer)`;

export interface ServeOptions {
  port: number;
  host: string;
  databaseFlag: string | undefined;
  staticDir: string | undefined;
  help: boolean;
}

export type ServeArgsResult = { ok: true; options: ServeOptions } | { ok: false; message: string };

export function parseServeArgs(args: readonly string[]): ServeArgsResult {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        db: { type: 'string' },
        static: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    return { ok: false, message: errorMessage(error) };
  }

  const port = values.port === undefined ? DEFAULT_PORT : parsePort(values.port);
  if (port === undefined) return { ok: false, message: `--port must be a whole number from 0 to 65535, not "${values.port}"` };

  const host = values.host ?? SERVE_HOSTS[0];
  if (!(SERVE_HOSTS as readonly string[]).includes(host)) {
    return {
      ok: false,
      message: `--host must be one of ${SERVE_HOSTS.join(', ')} (the facilitator's server stays on this computer; note-takers join through "Let note-takers join" in the app), not "${host}"`,
    };
  }
  for (const name of ['db', 'static'] as const) {
    if (values[name] === '') return { ok: false, message: `--${name} must not be empty` };
  }
  return {
    ok: true,
    options: { port, host, databaseFlag: values.db, staticDir: values.static, help: values.help ?? false },
  };
}

function parsePort(text: string): number | undefined {
  if (!/^\d{1,5}$/.test(text)) return undefined;
  const port = Number(text);
  return port <= 65535 ? port : undefined;
}
