/** Note-takers joining a meeting from their own laptops over the room's network (off unless the facilitator turns it on). */

export const PAIRING_CODE_LENGTH = 6;
/** The port the join server tries first; the facilitator may pick another. */
export const DEFAULT_JOIN_PORT = 4180;
/** The session cookie a paired note-taker's browser holds (HttpOnly, SameSite=Strict). */
export const SESSION_COOKIE = 'debrief_session';

/** HTTP endpoints of the join server, besides the API (/api/call/<method>, /api/ws) and the app's files. */
export const JOIN_PATHS = {
  /** POST {name, code}: 200 with the session cookie and a NoteTakerSession, 401 wrong code, 429 locked out. */
  pair: '/join/pair',
  /** GET: 200 with the NoteTakerSession, or 401 without a valid session. */
  session: '/join/session',
  /** POST: ends the session and clears the cookie. */
  leave: '/join/leave',
} as const;

/** 'starting' while the server opens its port; 'failed' with a problem when it could not. */
export type JoinState = 'off' | 'starting' | 'on' | 'failed';

/** A network address of this machine the join server can listen on. */
export interface NetworkChoice {
  /** The interface's name, e.g. "wlan0" or "Wi-Fi". */
  name: string;
  address: string;
  family: 'IPv4' | 'IPv6';
  /** Loopback: reachable from this machine only. */
  loopback: boolean;
}

export interface JoinedPerson {
  sessionId: string;
  name: string;
  /** Has an open live connection right now. */
  connected: boolean;
  joinedAt: number;
  lastSeenAt: number;
}

export interface JoinStatus {
  meetingId: string;
  state: JoinState;
  address: string | null;
  port: number | null;
  /** What note-takers open, e.g. "http://192.168.1.20:4180/"; null unless on. */
  url: string | null;
  /** The 6-digit pairing code; null unless on. */
  code: string | null;
  /** Why joining could not start, in words for the facilitator (e.g. the port is in use). */
  problem: string | null;
  /** Something the facilitator should know while joining is on, e.g. that the code was replaced after many wrong ones. */
  notice: string | null;
  people: JoinedPerson[];
  /** The audience screen shows the address, QR code and pairing code. */
  showOnAudience: boolean;
}

/** Who is using this window: the facilitator on the laptop itself, or a paired note-taker. */
export type ViewerSession = { role: 'facilitator' } | NoteTakerSession;

export interface NoteTakerSession {
  role: 'note_taker';
  sessionId: string;
  meetingId: string;
  name: string;
}
