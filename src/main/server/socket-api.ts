import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { RawData } from 'ws';
import { WebSocket, WebSocketServer } from 'ws';
import type { ChangeEvent } from '../../shared/api/events.ts';
import type { CallResponse, ServerMessage } from '../../shared/api/wire.ts';
import { MAX_MESSAGE_BYTES } from '../../shared/api/wire.ts';
import { dispatch } from '../api/dispatch.ts';
import type { Service } from '../service/service.ts';
import { callScheduler } from './call-scheduler.ts';
import type { ParsedCall } from './parse-call.ts';
import { parseCallMessage, UNREADABLE_REQUEST_ID } from './parse-call.ts';
import { SECURITY_HEADERS } from './security-headers.ts';

/** A client that stops reading would otherwise make the server buffer every event and reply for it forever. */
export const MAX_BUFFERED_BYTES = 16 * MAX_MESSAGE_BYTES;
const CLOSE_GRACE_MS = 500;

export interface SocketApi {
  /** Completes a handshake that has already passed the path, Host and Origin checks. */
  accept(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  close(): Promise<void>;
}

export function createSocketApi(service: Service): SocketApi {
  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES, perMessageDeflate: false });

  sockets.on('headers', (headers) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) headers.push(`${name}: ${value}`);
  });

  sockets.on('connection', (socket) => {
    // ws reports protocol violations (an oversized message among them) here and then closes the socket itself.
    socket.on('error', () => {});
    serveCalls(socket, (data, isBinary) => replyTo(service, data, isBinary));
  });

  const stopListening = service.onChange((event) => broadcast(sockets, event));

  return {
    accept(req, socket, head) {
      sockets.handleUpgrade(req, socket, head, (ws) => sockets.emit('connection', ws, req));
    },
    close() {
      stopListening();
      return closeAll(sockets);
    },
  };
}

function replyTo(service: Service, data: RawData, isBinary: boolean): ServerMessage {
  const parsed: ParsedCall = isBinary
    ? { ok: false, id: UNREADABLE_REQUEST_ID, error: { code: 'invalid_input', field: 'message', message: 'message: must be text' } }
    : parseCallMessage(rawDataToText(data));
  if (!parsed.ok) return { type: 'reply', id: parsed.id, ok: false, error: parsed.error };
  const response: CallResponse = dispatch(service, parsed.request.method, parsed.request.input);
  return { type: 'reply', id: parsed.request.id, ...response };
}

/**
 * Answers each message of `socket` with `reply`, in the connection's turn (see call-scheduler.ts), within the
 * slow-reader limit. A connection with many calls waiting is not read until they have run.
 */
export function serveCalls(socket: WebSocket, reply: (data: RawData, isBinary: boolean) => ServerMessage | undefined): void {
  const queue = callScheduler.open({ pause: () => socket.pause(), resume: () => socket.resume() });
  socket.on('close', () => queue.close());
  socket.on('message', (data, isBinary) => {
    queue.push(() => {
      // A reply that would only be dropped is not worked out.
      if (!keepsReading(socket)) return;
      const message = reply(data, isBinary);
      if (message) sendWithinLimit(socket, JSON.stringify(message));
    });
  });
}

/** Sends a committed change to every open socket, dropping one that stopped reading. */
export function broadcast(sockets: WebSocketServer, payload: ChangeEvent): void {
  const message: ServerMessage = { type: 'event', event: 'changed', payload };
  const text = JSON.stringify(message);
  for (const socket of sockets.clients) sendWithinLimit(socket, text);
}

/** Replies and events alike: a client with more than MAX_BUFFERED_BYTES unsent is dropped rather than sent more. */
function sendWithinLimit(socket: WebSocket, text: string): void {
  if (keepsReading(socket)) socket.send(text);
}

/** Whether the socket is open and its client keeps up; one that has stopped reading is dropped here. */
function keepsReading(socket: WebSocket): boolean {
  if (socket.readyState !== WebSocket.OPEN) return false;
  if (socket.bufferedAmount <= MAX_BUFFERED_BYTES) return true;
  socket.terminate();
  return false;
}

export function rawDataToText(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  if (data instanceof ArrayBuffer) return Buffer.from(data).toString('utf8');
  return data.toString('utf8');
}

/** Says goodbye politely (1001), but does not let an unresponsive client hold up shutdown. */
export function closeAll(sockets: WebSocketServer): Promise<void> {
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
  return Promise.all(closing).then(
    () => new Promise<void>((resolve) => sockets.close(() => resolve())),
  );
}
