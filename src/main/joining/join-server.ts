import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import type { Database } from 'better-sqlite3';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { pairInput } from '../../shared/api/joining.ts';
import type { ApiErrorBody } from '../../shared/api/errors.ts';
import type { CallResponse, ServerMessage } from '../../shared/api/wire.ts';
import { MAX_MESSAGE_BYTES } from '../../shared/api/wire.ts';
import { JOIN_PATHS } from '../../shared/joining/joining.ts';
import { dispatch } from '../api/dispatch.ts';
import { statusForError } from '../server/error-status.ts';
import { formatHostName, isAllowedHost, isAllowedOrigin } from '../server/host-origin.ts';
import { runInTurn } from '../server/call-scheduler.ts';
import { readCallInput } from '../server/http-api.ts';
import { parseCallMessage } from '../server/parse-call.ts';
import { applySecurityHeaders, sendJson, sendText, writeRawResponse } from '../server/responses.ts';
import { CALL_PREFIX, methodOf, pathOf, SOCKET_PATH } from '../server/routes.ts';
import { SECURITY_HEADERS } from '../server/security-headers.ts';
import { broadcast, closeAll, rawDataToText, serveCalls } from '../server/socket-api.ts';
import { serveStaticFile } from '../server/static-files.ts';
import type { Service } from '../service/service.ts';
import type { JoinSession, JoinSessions } from './join-sessions.ts';
import { answersFromSession, checkNoteTakerCall } from './note-taker-access.ts';
import { codesMatch } from './pairing-code.ts';
import type { PairingLimiter } from './pairing-limiter.ts';
import { clearedSessionCookie, sessionCookie, sessionTokenFrom } from './session-cookie.ts';

/** A name and a 6-digit code fit in far less; anything bigger is not a pairing attempt. */
const MAX_PAIR_BYTES = 4096;

export interface JoinServerOptions {
  address: string;
  port: number;
  meetingId: string;
  realStaticRoot: string;
  service: Service;
  db: Database;
  sessions: JoinSessions;
  limiter: PairingLimiter;
  /** The current pairing code (it can be rotated while the server runs). */
  code(): string;
  /** Too many wrong codes were tried in all: issue a new code and tell the facilitator. */
  replaceWornOutCode(): void;
  /** Someone paired, left, connected or disconnected. */
  peopleChanged(): void;
}

export interface JoinServer {
  port: number;
  close(): Promise<void>;
}

const NO_SESSION: ApiErrorBody = {
  code: 'invalid_input',
  field: 'session',
  message: "session: you are not paired with this meeting (or were removed); pair again with the code on the facilitator's screen",
};


/** The note-takers' server: bound only to the chosen address and port, serving one meeting to paired sessions. */
export async function startJoinServer(options: JoinServerOptions): Promise<JoinServer> {
  const hostName = formatHostName(options.address);
  let allowed: ReadonlySet<string> = new Set([`${hostName}:${options.port}`]);
  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES, perMessageDeflate: false });
  sockets.on('headers', (headers) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) headers.push(`${name}: ${value}`);
  });

  const sessionOf = (req: IncomingMessage): JoinSession | undefined => {
    const entry = options.sessions.use(sessionTokenFrom(req.headers.cookie));
    return entry && entry.session.meetingId === options.meetingId ? entry : undefined;
  };

  const call = (entry: JoinSession, method: unknown, input: unknown): { status: number; response: CallResponse } => {
    if (answersFromSession(method)) return { status: 200, response: { ok: true, result: entry.session } };
    const checked = checkNoteTakerCall(options.db, entry.session, method, input);
    if (!checked.ok) return { status: checked.status, response: { ok: false, error: checked.error } };
    const response = options.service.as(entry.session.name, () => dispatch(options.service, checked.method, checked.input));
    return { status: response.ok ? 200 : statusForError(response.error.code), response };
  };

  const route = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (!isAllowedHost(req.headers.host, allowed)) return sendText(res, 403, 'Forbidden: unknown Host');
    if (!isAllowedOrigin(req.headers.origin, allowed)) return sendText(res, 403, 'Forbidden: foreign Origin');
    const pathname = pathOf(req.url);
    if (pathname === JOIN_PATHS.pair) return pair(req, res);
    if (pathname === JOIN_PATHS.session) {
      if (req.method !== 'GET') return sendText(res, 405, 'Method Not Allowed', { Allow: 'GET' });
      const entry = sessionOf(req);
      return entry ? sendJson(res, 200, entry.session) : sendJson(res, 401, { error: NO_SESSION });
    }
    if (pathname === JOIN_PATHS.leave) {
      if (req.method !== 'POST') return sendText(res, 405, 'Method Not Allowed', { Allow: 'POST' });
      const entry = sessionOf(req);
      if (entry) {
        options.sessions.end(entry, 'left the meeting');
        options.peopleChanged();
      }
      res.setHeader('Set-Cookie', clearedSessionCookie());
      return sendJson(res, 200, { left: true });
    }
    if (pathname === SOCKET_PATH) return sendText(res, 426, 'Upgrade Required', { Upgrade: 'websocket' });
    if (pathname.startsWith(CALL_PREFIX)) {
      const entry = sessionOf(req);
      if (!entry) return sendJson(res, 401, { ok: false, error: NO_SESSION });
      const input = await readCallInput(req, res);
      if (!input.ok) return;
      // Removed while the call waited for its turn: it does not run.
      const answer = await runInTurn(req.socket.remoteAddress, () => (sessionOf(req) === entry ? call(entry, methodOf(pathname), input.value) : undefined));
      if (!answer) return sendJson(res, 401, { ok: false, error: NO_SESSION });
      return sendJson(res, answer.status, answer.response);
    }
    if (pathname.startsWith('/api/') || pathname.startsWith('/join/')) return sendText(res, 404, 'Not Found');
    await serveStaticFile(req, res, options.realStaticRoot);
  };

  const pair = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const input = await readCallInput(req, res, MAX_PAIR_BYTES);
    if (!input.ok) return;
    const parsed = pairInput.safeParse(input.value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.map(String).join('.') || 'input';
      return sendJson(res, 400, { error: { code: 'invalid_input', field, message: `${field}: ${issue?.message ?? 'is not valid'}` } });
    }
    const client = req.socket.remoteAddress ?? 'unknown';
    const verdict = options.limiter.check(client);
    if (!verdict.allowed) return refuseLockedOut(res, verdict.retryAfterMs);
    if (!codesMatch(options.code(), parsed.data.code)) {
      const after = options.limiter.fail(client);
      if (options.limiter.codeWornOut()) options.replaceWornOutCode();
      if (!after.allowed) return refuseLockedOut(res, after.retryAfterMs);
      return sendJson(res, 401, {
        error: { code: 'invalid_input', field: 'code', message: "code: that is not the code on the facilitator's screen; check it and try again" },
      });
    }
    options.limiter.succeed(client);
    const entry = options.sessions.create(options.meetingId, parsed.data.name);
    options.peopleChanged();
    res.setHeader('Set-Cookie', sessionCookie(entry.token));
    sendJson(res, 200, entry.session);
  };

  const upgrade = (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    socket.on('error', () => socket.destroy());
    if (pathOf(req.url) !== SOCKET_PATH) return writeRawResponse(socket, 404);
    if (!isAllowedHost(req.headers.host, allowed) || !isAllowedOrigin(req.headers.origin, allowed)) return writeRawResponse(socket, 403);
    const entry = sessionOf(req);
    if (!entry) return writeRawResponse(socket, 401);
    sockets.handleUpgrade(req, socket, head, (ws) => connected(entry, ws));
  };

  const connected = (entry: JoinSession, ws: WebSocket): void => {
    entry.sockets.add(ws);
    options.peopleChanged();
    ws.on('error', () => {});
    ws.on('close', () => {
      if (entry.sockets.delete(ws)) options.peopleChanged();
    });
    serveCalls(ws, (data, isBinary) => {
      // A removed session's sockets are closing already; nothing more of theirs is run.
      if (options.sessions.use(entry.token) !== entry) return undefined;
      return reply(entry, data, isBinary);
    });
  };

  const reply = (entry: JoinSession, data: RawData, isBinary: boolean): ServerMessage => {
    if (isBinary) return { type: 'reply', id: -1, ok: false, error: { code: 'invalid_input', field: 'message', message: 'message: must be text' } };
    const parsed = parseCallMessage(rawDataToText(data));
    if (!parsed.ok) return { type: 'reply', id: parsed.id, ok: false, error: parsed.error };
    return { type: 'reply', id: parsed.request.id, ...call(entry, parsed.request.method, parsed.request.input).response };
  };

  const stopListening = options.service.onChange((event) => {
    // Only this meeting's changes, and only to sessions of it: note-takers never hear of other meetings.
    if (event.meetingId === options.meetingId) broadcast(sockets, event);
  });

  const server = createServer((req, res) => {
    applySecurityHeaders(res);
    route(req, res).catch(() => {
      if (!res.headersSent) sendText(res, 500, 'Internal Server Error');
      else res.destroy();
    });
  });
  server.on('upgrade', upgrade);
  server.on('clientError', (_error, socket) => writeRawResponse(socket, 400));

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen({ port: options.port, host: options.address, exclusive: true }, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    stopListening();
    await closeAll(sockets);
    throw error;
  }
  const port = (server.address() as AddressInfo).port;
  allowed = new Set([`${hostName}:${port}`]);

  return {
    port,
    async close() {
      stopListening();
      await closeAll(sockets);
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}

function refuseLockedOut(res: ServerResponse, retryAfterMs: number): void {
  const seconds = Math.ceil(retryAfterMs / 1000);
  res.setHeader('Retry-After', String(seconds));
  sendJson(res, 429, {
    error: { code: 'invalid_input', field: 'code', message: `code: too many wrong codes from this device; try again in ${describeWait(seconds)}` },
  });
}

function describeWait(seconds: number): string {
  if (seconds < 90) return `${seconds} seconds`;
  return `${Math.ceil(seconds / 60)} minutes`;
}

