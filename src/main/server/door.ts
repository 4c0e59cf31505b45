import type { IncomingMessage, ServerResponse } from 'node:http';
import type { WebSocket } from 'ws';
import type { Caller } from '../api/caller.ts';

/**
 * What sets one listener of the server apart: the names it answers to, the credential it accepts, and the paths of
 * that credential. The facilitator's loopback listener takes the launch token (token-door.ts); a joined meeting's
 * listener takes a note-taker's session (joining/join-door.ts). Routing, the API, sockets and pages are the same.
 */
export interface Door {
  /** The listener has its port (0 picks one): the Host header values, and so the Origins, it answers to. */
  listening(port: number): ReadonlySet<string>;
  /** Who sends this request, by the credential it carries; undefined when it carries none this door accepts. */
  callerOf(req: IncomingMessage): Caller | undefined;
  /** Answers the paths of the door's own credential (trading a token for a cookie, pairing, leaving); true if it did. */
  answer(req: IncomingMessage, res: ServerResponse, pathname: string, caller: Caller | undefined): boolean | Promise<boolean>;
  /** Answers a request that needs a caller and has none (or lost it while the call waited its turn). */
  refuse(req: IncomingMessage, res: ServerResponse, pathname: string): void;
  /** Headers of a WebSocket handshake refused for want of a caller (401). */
  challenge: Readonly<Record<string, string>>;
  /** A live connection of `caller` opened (its close is the door's to hear, on `socket`). */
  opened?(caller: Caller, socket: WebSocket): void;
}
