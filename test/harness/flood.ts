import { performance } from 'node:perf_hooks';
import type { CallResponse } from '../../src/shared/api/wire.ts';
import type { TestSocket } from './ws-client.ts';

/**
 * The two sides of "one client cannot hurt the others": a connection that pipelines thousands of writes without
 * waiting for any answer, and a person on another connection making one call at a time, each timed.
 */

export interface FloodReply {
  id: number;
  response: CallResponse;
}

export interface Flood {
  /** The request ids, in the order they were sent. */
  sentIds: number[];
  /** Every reply of the flood, in the order they arrived; rejects if the socket closes first or after `timeoutMs`. */
  replies: Promise<FloodReply[]>;
}

export const FLOOD_START = Date.UTC(2026, 10, 20, 14, 0);

/** The description of the flood's i-th event, so the stored rows can be matched to what was sent. */
export const floodLine = (label: string, i: number): string => `${label} line ${i}`;

/** Sends `count` timeline.add calls back to back, never waiting for an answer (a script, or a paste gone wrong). */
export function floodTimeline(socket: TestSocket, meetingId: string, count: number, label: string, timeoutMs = 120_000): Flood {
  const replies: FloodReply[] = [];
  const sentIds: number[] = [];
  const expected = new Set<number>();
  const done = new Promise<FloodReply[]>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${label}: ${replies.length} of ${count} replies within ${timeoutMs} ms`)), timeoutMs);
    socket.onReply((id, response) => {
      if (!expected.has(id)) return;
      replies.push({ id, response });
      if (replies.length < count) return;
      clearTimeout(timer);
      resolve(replies);
    });
    void socket.closed.then(({ code }) => {
      clearTimeout(timer);
      reject(new Error(`${label}: the server closed the socket (${code}) after ${replies.length} of ${count} replies`));
    });
  });
  for (let i = 0; i < count; i++) {
    const id = socket.send('timeline.add', { meetingId, occurredAt: FLOOD_START + i * 1000, description: floodLine(label, i) });
    expected.add(id);
    sentIds.push(id);
  }
  return { sentIds, replies: done };
}

/**
 * Calls `method` one at a time, the next as soon as the last is answered, until `count` calls are done or `until`
 * settles (whichever comes first); returns each round trip in ms. A refused call fails with the service's words.
 */
export async function timeSequentialCalls(
  socket: TestSocket,
  method: string,
  input: unknown,
  stop: { count?: number; until?: Promise<unknown> },
): Promise<number[]> {
  let settled = false;
  void stop.until?.then(
    () => (settled = true),
    () => (settled = true),
  );
  const samples: number[] = [];
  while (!settled && samples.length < (stop.count ?? Number.POSITIVE_INFINITY)) {
    const started = performance.now();
    const response = await socket.call(method, input);
    samples.push(performance.now() - started);
    if (!response.ok) throw new Error(`${method} was refused: ${JSON.stringify(response.error)}`);
  }
  return samples;
}
