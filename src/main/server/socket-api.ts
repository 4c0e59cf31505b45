import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { RawData } from 'ws';
import { WebSocket, WebSocketServer } from 'ws';
import type { ChangeEvent } from '../../shared/api/events.ts';
import type { Caller } from '../api/caller.ts';
import type { CallResponse, ServerMessage } from '../../shared/api/wire.ts';
import { MAX_MESSAGE_BYTES } from '../../shared/api/wire.ts';
import { dispatch } from '../api/dispatch.ts';
import type { Service } from '../service/service.ts';
import { callScheduler } from './call-scheduler.ts';
import type { ParsedCall } from './parse-call.ts';
import { parseCallMessage, UNREADABLE_REQUEST_ID } from './parse-call.ts';
import type { Door } from './door.ts';
import { SECURITY_HEADERS } from './security-headers.ts';
import { followUnfinishedImports } from './unfinished-imports.ts';

/** A client that stops reading would otherwise make the server buffer every event and reply for it forever. */
export const MAX_BUFFERED_BYTES = 16 * MAX_MESSAGE_BYTES;
const CLOSE_GRACE_MS = 500;

export interface SocketApi {
  /**
   * Completes a handshake that has already passed the path, Host and Origin checks and named its caller. Each
   * message runs as `caller` while `stillCaller()` holds; a removed note-taker's sockets are closing already.
   */
  accept(req: IncomingMessage, socket: Duplex, head: Buffer, caller: Caller, stillCaller: () => boolean): void;
  close(): Promise<void>;
}

export interface SocketApiOptions {
  /** How long an import whose connection closed waits for another to take it on (tests shorten it). */
  unfinishedImportGraceMs?: number;
}

export function createSocketApi(service: Service, door: Pick<Door, 'opened'>, options: SocketApiOptions = {}): SocketApi {
  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES, perMessageDeflate: false });
  const callers = new WeakMap<WebSocket, Caller>();
  const imports = followUnfinishedImports(service, options.unfinishedImportGraceMs);

  sockets.on('headers', (headers) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) headers.push(`${name}: ${value}`);
  });

  const stopListening = service.onChange((event) => {
    const message = eventMessage(event);
    for (const socket of sockets.clients) {
      const caller = callers.get(socket);
      if (caller && hears(caller, event)) sendWithinLimit(socket, message);
    }
  });

  return {
    accept(req, socket, head, caller, stillCaller) {
      sockets.handleUpgrade(req, socket, head, (ws) => {
        callers.set(ws, caller);
        // ws reports protocol violations (an oversized message among them) here and then closes the socket itself.
        ws.on('error', () => {});
        door.opened?.(caller, ws);
        ws.on('close', () => imports.closed(ws));
        serveCalls(ws, (data, isBinary) => {
          if (!stillCaller()) return undefined;
          return replyTo(service, caller, data, isBinary, (method, input) => imports.answered(ws, method, input));
        });
      });
    },
    async close() {
      stopListening();
      await closeAll(sockets);
      imports.stop();
    },
  };
}

/** A note-taker hears only of the meeting they joined; the facilitator hears of everything. */
function hears(caller: Caller, event: ChangeEvent): boolean {
  return caller.role === 'facilitator' || event.meetingId === caller.meetingId;
}

/** `succeeded` hears of each call that was answered without an error. */
function replyTo(service: Service, caller: Caller, data: RawData, isBinary: boolean, succeeded: (method: string, input: unknown) => void): ServerMessage {
  const parsed: ParsedCall = isBinary
    ? { ok: false, id: UNREADABLE_REQUEST_ID, error: { code: 'invalid_input', field: 'message', message: 'message: must be text' } }
    : parseCallMessage(rawDataToText(data));
  if (!parsed.ok) return { type: 'reply', id: parsed.id, ok: false, error: parsed.error };
  const { method, input } = parsed.request;
  const response: CallResponse = dispatch(service, method, input, caller);
  if (response.ok) succeeded(method, input);
  return { type: 'reply', id: parsed.request.id, ...response };
}

/**
 * Answers each message of `socket` with `reply`, in the connection's turn (see call-scheduler.ts), within the
 * slow-reader limit. A connection with many calls waiting is not read until they have run.
 */
function serveCalls(socket: WebSocket, reply: (data: RawData, isBinary: boolean) => ServerMessage | undefined): void {
  const queue = callScheduler.open({ pause: () => socket.pause(), resume: () => socket.resume() });
  socket.on('close', () => queue.close());
  socket.on('message', (data, isBinary) => {
    queue.push(() => {
      // A reply that would only be dropped is not worked out.
      if (!keepsReading(socket)) return;
      const message = reply(data, isBinary);
      if (!message) return;
      const text = JSON.stringify(message);
      if (!keepsReading(socket)) return;
      socket.send(text);
      const bytes = Buffer.byteLength(text);
      if (bytes > (replyDraining.get(socket) ?? 0)) replyDraining.set(socket, bytes);
    });
  });
}

function eventMessage(payload: ChangeEvent): string {
  const message: ServerMessage = { type: 'event', event: 'changed', payload };
  return JSON.stringify(message);
}

/** Replies and events alike: a client with more than MAX_BUFFERED_BYTES unsent is dropped rather than sent more. */
function sendWithinLimit(socket: WebSocket, text: string): void {
  if (keepsReading(socket)) socket.send(text);
}

/**
 * The largest reply each socket was sent that may still be on its way. A reply can be far larger than
 * MAX_BUFFERED_BYTES (the timeline of a 100,000-event import is about 36 MB), and a change event sent while it drains
 * must not count it as a client that stopped reading: that dropped the page, which asked again, over and over.
 */
const replyDraining = new WeakMap<WebSocket, number>();

/** Whether the socket is open and its client keeps up; one that has stopped reading is dropped here. */
function keepsReading(socket: WebSocket): boolean {
  if (socket.readyState !== WebSocket.OPEN) return false;
  if (socket.bufferedAmount <= MAX_BUFFERED_BYTES) {
    replyDraining.delete(socket);
    return true;
  }
  if (socket.bufferedAmount <= MAX_BUFFERED_BYTES + (replyDraining.get(socket) ?? 0)) return true;
  socket.terminate();
  return false;
}

function rawDataToText(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  if (data instanceof ArrayBuffer) return Buffer.from(data).toString('utf8');
  return data.toString('utf8');
}

/** Says goodbye politely (1001), but does not let an unresponsive client hold up shutdown. */
function closeAll(sockets: WebSocketServer): Promise<void> {
  const closing = [...sockets.clients].map(
    (socket) =>
      new Promise<void>((resolve) => {
        if (socket.readyState === WebSocket.CLOSED) {
          resolve();
          return;
        }
        const timer = setTimeout(() => socket.terminate(), CLOSE_GRACE_MS);
        socket.once('close', () => {
          clearTimeout(timer);
          resolve();
        });
        socket.close(1001, 'server shutting down');
      }),
  );
  return Promise.all(closing).then(() => new Promise<void>((resolve) => sockets.close(() => resolve())));
}
