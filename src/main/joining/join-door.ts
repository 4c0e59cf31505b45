import type { IncomingMessage, ServerResponse } from 'node:http';
import { pairInput } from '../../shared/api/joining.ts';
import type { ApiErrorBody } from '../../shared/api/errors.ts';
import { JOIN_PATHS } from '../../shared/joining/joining.ts';
import type { Door } from '../server/door.ts';
import { formatHostName } from '../server/host-origin.ts';
import { readCallInput } from '../server/http-api.ts';
import { sendJson, sendText } from '../server/responses.ts';
import type { JoinSessions } from './join-sessions.ts';
import { codesMatch } from './pairing-code.ts';
import type { PairingLimiter } from './pairing-limiter.ts';
import { clearedSessionCookie, sessionCookie, sessionTokenFrom } from './session-cookie.ts';

/** A name and a 6-digit code fit in far less; anything bigger is not a pairing attempt. */
const MAX_PAIR_BYTES = 4096;

export interface JoinDoorOptions {
  address: string;
  meetingId: string;
  sessions: JoinSessions;
  limiter: PairingLimiter;
  /** The current pairing code (it can be rotated while the listener runs). */
  code(): string;
  /** Too many wrong codes were tried in all: issue a new code and tell the facilitator. */
  replaceWornOutCode(): void;
  /** Someone paired, left, connected or disconnected. */
  peopleChanged(): void;
}

const NO_SESSION: ApiErrorBody = {
  code: 'invalid_input',
  field: 'session',
  message: "session: you are not paired with this meeting (or were removed); pair again with the code on the facilitator's screen",
};

/**
 * A joined meeting's door, on the chosen address only: anyone may open the app (its pairing page) and pair with the
 * code; the session cookie pairing gives makes its holder a note-taker of this one meeting.
 */
export function createJoinDoor(options: JoinDoorOptions): Door {
  const hostName = formatHostName(options.address);

  const sessionOf = (req: IncomingMessage) => {
    const entry = options.sessions.use(sessionTokenFrom(req.headers.cookie));
    return entry && entry.session.meetingId === options.meetingId ? entry : undefined;
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

  const leave = (req: IncomingMessage, res: ServerResponse): void => {
    if (req.method !== 'POST') return sendText(res, 405, 'Method Not Allowed', { Allow: 'POST' });
    const entry = sessionOf(req);
    if (entry) {
      options.sessions.end(entry, 'left the meeting');
      options.peopleChanged();
    }
    res.setHeader('Set-Cookie', clearedSessionCookie());
    sendJson(res, 200, { left: true });
  };

  return {
    listening: (port) => new Set([`${hostName}:${port}`]),
    callerOf: (req) => sessionOf(req)?.session,
    async answer(req, res, pathname) {
      if (pathname === JOIN_PATHS.pair) await pair(req, res);
      else if (pathname === JOIN_PATHS.leave) leave(req, res);
      else return false;
      return true;
    },
    refuse(_req, res, pathname) {
      // /join/session answers like the pairing page expects; the API like any failed call.
      sendJson(res, 401, pathname === JOIN_PATHS.session ? { error: NO_SESSION } : { ok: false, error: NO_SESSION });
    },
    challenge: {},
    opened(caller, socket) {
      const entry = caller.role === 'note_taker' ? options.sessions.byId(caller.sessionId) : undefined;
      if (!entry) return;
      entry.sockets.add(socket);
      options.peopleChanged();
      socket.on('close', () => {
        if (entry.sockets.delete(socket)) options.peopleChanged();
      });
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
