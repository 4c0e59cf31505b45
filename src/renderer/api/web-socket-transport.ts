import { canResend, canWaitToBeSent } from '../../shared/api/resend-policy.ts';
import type { Outbox } from './outbox.ts';
import type { CallRequest, CallResponse } from '../../shared/api/wire.ts';
import { ConnectionLostError } from './connection-lost-error.ts';
import { reconnectDelay } from './reconnect-delay.ts';
import { parseServerMessage } from './server-message.ts';
import type { OpenSocket, SocketConnection } from './socket.ts';
import type { ConnectionStatus, Transport, TransportNotice } from './transport.ts';

export interface WebSocketTransportOptions {
  url: string;
  openSocket: OpenSocket;
  /** Defaults to setTimeout; returns a function that cancels. */
  schedule?: (run: () => void, delayMs: number) => () => void;
  random?: () => number;
  /** Where writes wait across reloads until answered; without one they wait in memory only. */
  outbox?: Outbox;
}

export interface WebSocketTransport extends Transport {
  /** Stops reconnecting and fails every unanswered call. */
  close(): void;
}

interface PendingCall {
  request: CallRequest;
  resolve(response: CallResponse): void;
  reject(error: Error): void;
}

/** An application close code (4000–4999): the server ended the connection on purpose, as the join server does. */
function endsForGood(code: number | undefined): code is number {
  return code !== undefined && code >= 4000 && code <= 4999;
}

const scheduleWithTimer = (run: () => void, delayMs: number) => {
  const timer = setTimeout(run, delayMs);
  return () => clearTimeout(timer);
};

export function createWebSocketTransport(options: WebSocketTransportOptions): WebSocketTransport {
  const schedule = options.schedule ?? scheduleWithTimer;
  const random = options.random ?? Math.random;
  const listeners = new Set<(notice: TransportNotice) => void>();
  /** Sent and waiting for a reply, by request id. */
  const awaitingReply = new Map<number, PendingCall>();
  /** Made while no socket was open, or cut off by a close and safe to send again; sent in order once one is. */
  const queued: PendingCall[] = [];

  /** The current socket, open or still opening; null between a close and the next try. */
  let socket: SocketConnection | null = null;
  let isOpen = false;
  let hasEverOpened = false;
  let failedAttempts = 0;
  let stopped = false;
  let cancelReconnect: (() => void) | null = null;
  let nextRequestId = 1;
  let status: ConnectionStatus = 'connecting';

  const notify = (notice: TransportNotice) => {
    for (const listener of [...listeners]) listener(notice);
  };

  const setStatus = (next: ConnectionStatus) => {
    if (next === status) return;
    status = next;
    notify({ kind: 'status', status: next });
  };

  const send = (call: PendingCall) => {
    if (!socket || !isOpen) {
      queued.push(call);
      return;
    }
    awaitingReply.set(call.request.id, call);
    try {
      socket.send(JSON.stringify(call.request));
    } catch (error) {
      awaitingReply.delete(call.request.id);
      call.reject(error instanceof Error ? error : new Error(String(error)));
    }
  };

  const failCalls = (calls: PendingCall[]) => {
    for (const call of calls) call.reject(new ConnectionLostError(call.request.method));
  };

  const connect = () => {
    cancelReconnect = null;
    // Callbacks from a socket that has since closed must not touch the state of the next one.
    let current = true;
    const opened = options.openSocket(options.url, {
      onOpen() {
        if (!current || stopped) return;
        isOpen = true;
        failedAttempts = 0;
        setStatus('open');
        for (const call of queued.splice(0)) send(call);
        if (hasEverOpened) notify({ kind: 'resync' });
        hasEverOpened = true;
      },
      onMessage(data) {
        if (!current) return;
        const message = parseServerMessage(data);
        if (message.type === 'reply') {
          const call = awaitingReply.get(message.id);
          if (!call) return;
          awaitingReply.delete(message.id);
          call.resolve(message.response);
        } else if (message.type === 'changed') {
          notify({ kind: 'event', event: { event: 'changed', payload: message.payload } });
        } else if (message.type === 'command') {
          notify({ kind: 'event', event: { event: 'command', payload: message.payload } });
        }
      },
      onClose(code) {
        if (!current) return;
        current = false;
        socket = null;
        isOpen = false;
        const cutOff = [...awaitingReply.values()];
        awaitingReply.clear();
        if (stopped) {
          failCalls(cutOff);
          return;
        }
        if (endsForGood(code)) {
          // The server said why it closed and would refuse the next socket: stop here. What waited stays in the outbox.
          stopped = true;
          status = 'ended';
          notify({ kind: 'status', status: 'ended', endedWith: code });
          failCalls([...cutOff, ...queued.splice(0)]);
          return;
        }
        // What may safely run twice waits, ahead of what was made since, for the next socket; the rest fails now.
        const resend: PendingCall[] = [];
        const lost: PendingCall[] = [];
        for (const call of cutOff) (canResend(call.request.method, call.request.input) ? resend : lost).push(call);
        failCalls(lost);
        queued.unshift(...resend);
        setStatus(hasEverOpened ? 'reconnecting' : 'connecting');
        cancelReconnect = schedule(connect, reconnectDelay(failedAttempts, random));
        failedAttempts += 1;
      },
    });
    if (current) socket = opened;
  };

  // What an earlier page of this browser typed and never saw saved goes first, before anything this page asks.
  for (const entry of options.outbox?.leftovers() ?? []) {
    const done = () => options.outbox?.done(entry.key);
    queued.push({ request: { id: nextRequestId++, method: entry.method, input: entry.input }, resolve: done, reject: () => undefined });
  }

  connect();

  return {
    call(method, input) {
      return new Promise<CallResponse>((resolve, reject) => {
        if (stopped) {
          reject(new ConnectionLostError(method));
          return;
        }
        // Kept until answered; a page closed before then leaves it for the next one to send.
        const kept = options.outbox && canWaitToBeSent(method, input) ? options.outbox.keep(method, input) : null;
        const answered = (response: CallResponse) => {
          if (kept) options.outbox?.done(kept);
          resolve(response);
        };
        send({ request: { id: nextRequestId++, method, input }, resolve: answered, reject });
      });
    },

    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    get status() {
      return status;
    },

    close() {
      stopped = true;
      cancelReconnect?.();
      cancelReconnect = null;
      const closing = socket;
      socket = null;
      isOpen = false;
      closing?.close();
      const unanswered = [...awaitingReply.values(), ...queued.splice(0)];
      awaitingReply.clear();
      failCalls(unanswered);
    },
  };
}
