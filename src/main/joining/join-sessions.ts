import { randomBytes, randomUUID } from 'node:crypto';
import type { WebSocket } from 'ws';
import { JOIN_CLOSE_CODES, type JoinCloseCode } from '../../shared/joining/join-close-codes.ts';
import type { JoinedPerson, NoteTakerSession } from '../../shared/joining/joining.ts';

export interface JoinSession {
  session: NoteTakerSession;
  /** The cookie value: 32 random bytes, base64url. Only its holder is this note-taker. */
  token: string;
  joinedAt: number;
  lastSeenAt: number;
  sockets: Set<WebSocket>;
}

/** The note-takers paired with one meeting while joining is on. */
export class JoinSessions {
  readonly #byToken = new Map<string, JoinSession>();
  readonly #clock: () => number;

  constructor(clock: () => number) {
    this.#clock = clock;
  }

  create(meetingId: string, name: string): JoinSession {
    const now = this.#clock();
    const entry: JoinSession = {
      session: { role: 'note_taker', sessionId: randomUUID(), meetingId, name },
      token: randomBytes(32).toString('base64url'),
      joinedAt: now,
      lastSeenAt: now,
      sockets: new Set(),
    };
    this.#byToken.set(entry.token, entry);
    return entry;
  }

  /** The live session the token belongs to, marked as seen now. */
  use(token: string | undefined): JoinSession | undefined {
    if (token === undefined) return undefined;
    const entry = this.#byToken.get(token);
    if (entry) entry.lastSeenAt = this.#clock();
    return entry;
  }

  byId(sessionId: string): JoinSession | undefined {
    for (const entry of this.#byToken.values()) if (entry.session.sessionId === sessionId) return entry;
    return undefined;
  }

  /** Ends the session and closes its live connections with `code`, so the page knows not to try again. */
  end(entry: JoinSession, reason: string, code: JoinCloseCode = JOIN_CLOSE_CODES.sessionEnded): void {
    this.#byToken.delete(entry.token);
    for (const socket of entry.sockets) socket.close(code, reason);
    entry.sockets.clear();
  }

  /** Joining itself is ending: every page hears that, rather than a removal, before the listener closes. */
  endAll(reason: string): void {
    for (const entry of [...this.#byToken.values()]) this.end(entry, reason, JOIN_CLOSE_CODES.joiningEnded);
  }

  people(): JoinedPerson[] {
    return [...this.#byToken.values()].map((entry) => ({
      sessionId: entry.session.sessionId,
      name: entry.session.name,
      connected: entry.sockets.size > 0,
      joinedAt: entry.joinedAt,
      lastSeenAt: entry.lastSeenAt,
    }));
  }
}
