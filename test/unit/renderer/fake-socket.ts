import type { OpenSocket, SocketHandlers } from '../../../src/renderer/api/socket.ts';

export interface FakeSocket {
  url: string;
  handlers: SocketHandlers;
  sent: string[];
  closed: boolean;
  /** What the transport sent, parsed. */
  requests(): { id: number; method: string; input: unknown }[];
  reply(id: number, body: Record<string, unknown>): void;
}

/** Sockets that open, answer and drop only when the test says so. */
export function fakeSocketFactory() {
  const sockets: FakeSocket[] = [];
  const openSocket: OpenSocket = (url, handlers) => {
    const socket: FakeSocket = {
      url,
      handlers,
      sent: [],
      closed: false,
      requests: () => socket.sent.map((data) => JSON.parse(data) as { id: number; method: string; input: unknown }),
      reply: (id, body) => handlers.onMessage(JSON.stringify({ type: 'reply', id, ...body })),
    };
    sockets.push(socket);
    return {
      send: (data: string) => socket.sent.push(data),
      close: () => {
        socket.closed = true;
      },
    };
  };
  return { sockets, openSocket, latest: () => sockets.at(-1)! };
}

/** A stand-in for setTimeout that runs nothing until told. */
export function manualScheduler() {
  const waiting: { run: () => void; delayMs: number; cancelled: boolean }[] = [];
  return {
    schedule(run: () => void, delayMs: number) {
      const entry = { run, delayMs, cancelled: false };
      waiting.push(entry);
      return () => {
        entry.cancelled = true;
      };
    },
    delays: () => waiting.map((entry) => entry.delayMs),
    runAll() {
      for (const entry of waiting.splice(0)) if (!entry.cancelled) entry.run();
    },
  };
}
