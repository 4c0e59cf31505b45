import { WebSocket } from 'ws';
import type { ChangeEvent } from '../../src/shared/api/events.ts';
import type { CallResponse, ServerMessage } from '../../src/shared/api/wire.ts';

export interface TestSocket {
  /** Sends `{id, method, input}` with the next id and resolves with the reply (type and id stripped). */
  call(method: string, input?: unknown): Promise<CallResponse>;
  /** Sends without waiting; the reply arrives through onReply. */
  send(method: string, input?: unknown): number;
  sendRaw(data: string | Buffer): void;
  onReply(listener: (id: number, response: CallResponse) => void): void;
  /** Every reply that had no waiting call(), by id (-1 for unreadable messages). */
  unclaimedReplies: Map<number, CallResponse>;
  events: ChangeEvent[];
  waitForEvents(count: number, timeoutMs?: number): Promise<ChangeEvent[]>;
  closed: Promise<{ code: number; reason: string }>;
  close(): void;
  socket: WebSocket;
}

/** ws://<host>/api/ws, with the launch token when there is one: the one place a test builds the socket's address. */
export function apiSocketUrl(host: string, token?: string): string {
  return `ws://${host}/api/ws${token === undefined ? '' : `?token=${token}`}`;
}

export interface ConnectOptions {
  origin?: string;
  headers?: Record<string, string>;
}

/** A tiny client for the /api/ws endpoint. Rejects with the HTTP status when the handshake is refused. */
export function connectTestSocket(url: string, options: ConnectOptions = {}): Promise<TestSocket> {
  const socket = new WebSocket(url, { origin: options.origin, headers: options.headers });
  const waiting = new Map<number, (response: CallResponse) => void>();
  const replyListeners: ((id: number, response: CallResponse) => void)[] = [];
  const eventWaiters: (() => void)[] = [];
  let nextId = 1;

  const client: TestSocket = {
    socket,
    events: [],
    unclaimedReplies: new Map(),
    closed: new Promise((resolve) => socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() }))),
    send(method, input) {
      const id = nextId++;
      socket.send(JSON.stringify({ id, method, input }));
      return id;
    },
    call(method, input) {
      return new Promise((resolve, reject) => {
        const id = client.send(method, input);
        waiting.set(id, resolve);
        void client.closed.then(() => reject(new Error(`socket closed before the reply to ${method} (#${id})`)));
      });
    },
    sendRaw(data) {
      socket.send(data);
    },
    onReply(listener) {
      replyListeners.push(listener);
    },
    waitForEvents(count, timeoutMs = 5_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`expected ${count} events, got ${client.events.length}`)), timeoutMs);
        const check = (): void => {
          if (client.events.length < count) return;
          clearTimeout(timer);
          resolve(client.events.slice(0, count));
        };
        eventWaiters.push(check);
        check();
      });
    },
    close() {
      socket.close();
    },
  };

  socket.on('message', (data: Buffer) => {
    const message = JSON.parse(data.toString('utf8')) as ServerMessage;
    if (message.type === 'event') {
      if (message.event === 'changed') client.events.push(message.payload);
      for (const check of eventWaiters) check();
      return;
    }
    const { type: _type, id, ...response } = message;
    for (const listener of replyListeners) listener(id, response);
    const resolve = waiting.get(id);
    if (resolve) {
      waiting.delete(id);
      resolve(response);
    } else {
      client.unclaimedReplies.set(id, response);
    }
  });

  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(client));
    socket.once('unexpected-response', (_req, res) => {
      reject(Object.assign(new Error(`handshake refused with HTTP ${res.statusCode}`), { status: res.statusCode, headers: res.headers }));
      res.resume();
      socket.terminate();
    });
    socket.once('error', reject);
  });
}
