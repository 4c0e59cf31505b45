import { performance } from 'node:perf_hooks';

/**
 * Takes the calls of every connection to Debrief's servers in turns, so one client cannot hold up the others.
 *
 * Each connection has its own queue; calls run round-robin across the connections with something queued, one call
 * per turn, for a slice of time, then the scheduler yields to the event loop (setImmediate) so the sockets are read
 * and the calls that arrived meanwhile join the rotation. A person who sends one call at a time therefore waits for at
 * most a slice and one call of each busy connection, however many calls another has piped in. A connection whose
 * queue grows long is no longer read until it has shrunk: TCP back-pressure then slows the sender down, and nothing
 * is refused. Calls of one connection run in the order they came.
 */

/** How a connection stops and restarts reading from its socket. */
export interface Reading {
  pause(): void;
  resume(): void;
}

export interface CallQueue {
  /** Runs `call` in this connection's turn, after the calls pushed before it. */
  push(call: () => void): void;
  /** Drops what is still queued: the connection is gone, and nothing more of it runs. */
  close(): void;
}

export interface CallScheduler {
  /** A queue for a new connection; `reading` lets a connection that sends faster than its calls run be slowed down. */
  open(reading?: Reading): CallQueue;
}

export interface SchedulerOptions {
  /** How long calls run before the event loop gets a turn. */
  sliceMs: number;
  /** A connection with this many calls waiting is no longer read... */
  pauseAt: number;
  /** ...until it is down to this many. */
  resumeAt: number;
  now(): number;
}

const DEFAULTS: SchedulerOptions = { sliceMs: 5, pauseAt: 64, resumeAt: 32, now: () => performance.now() };

interface Connection extends CallQueue {
  calls: (() => void)[];
  reading: Reading | undefined;
  paused: boolean;
  closed: boolean;
}

export function createCallScheduler(options: Partial<SchedulerOptions> = {}): CallScheduler {
  const { sliceMs, pauseAt, resumeAt, now } = { ...DEFAULTS, ...options };
  /** The connections with calls waiting, in the order of their next turn. */
  let turns: Connection[] = [];
  /**
   * The connection that had the last turn, with calls left: it goes to the back of the line only when the next turn
   * is taken, so a call read from another socket between two slices comes before it.
   */
  let lastTurn: Connection | undefined;
  let scheduled = false;

  const schedule = (): void => {
    if (scheduled || (turns.length === 0 && !lastTurn)) return;
    scheduled = true;
    setImmediate(runSlice);
  };

  function runSlice(): void {
    scheduled = false;
    const started = now();
    try {
      while (now() - started < sliceMs) {
        if (lastTurn) turns.push(lastTurn);
        lastTurn = undefined;
        const connection = turns.shift();
        if (!connection) break;
        const call = connection.calls.shift()!;
        if (connection.calls.length > 0) lastTurn = connection;
        if (connection.paused && connection.calls.length <= resumeAt) {
          connection.paused = false;
          connection.reading?.resume();
        }
        call();
      }
    } finally {
      schedule();
    }
  }

  return {
    open(reading) {
      const connection: Connection = {
        calls: [],
        reading,
        paused: false,
        closed: false,
        push(call) {
          if (connection.closed) return;
          connection.calls.push(call);
          if (connection.calls.length === 1) turns.push(connection);
          if (!connection.paused && reading && connection.calls.length >= pauseAt) {
            connection.paused = true;
            reading.pause();
          }
          schedule();
        },
        close() {
          if (connection.closed) return;
          connection.closed = true;
          connection.calls = [];
          turns = turns.filter((other) => other !== connection);
          if (lastTurn === connection) lastTurn = undefined;
        },
      };
      return connection;
    },
  };
}

/**
 * One scheduler for the whole process: the facilitator's server and the join server share one event loop (the
 * desktop app's main process, or `serve`), so their connections take their turns together.
 */
export const callScheduler: CallScheduler = createCallScheduler();

/** The HTTP callers with calls waiting, by address; a lane goes once its last call has run. */
const httpLanes = new Map<string, { queue: CallQueue; waiting: number }>();

/**
 * Runs an HTTP API call in its caller's turn; resolves with what `call` returns. The calls from one address share one
 * lane, in the order they came: a script that opens a connection per call (as fetch does for concurrent requests)
 * still counts as one client, and does not get a turn per connection.
 */
export function runInTurn<T>(address: string | undefined, call: () => T): Promise<T> {
  const key = address ?? '';
  let lane = httpLanes.get(key);
  if (!lane) {
    lane = { queue: callScheduler.open(), waiting: 0 };
    httpLanes.set(key, lane);
  }
  const own = lane;
  own.waiting++;
  return new Promise((resolve, reject) => {
    own.queue.push(() => {
      own.waiting--;
      if (own.waiting === 0) {
        httpLanes.delete(key);
        own.queue.close();
      }
      try {
        resolve(call());
      } catch (error) {
        reject(error as Error);
      }
    });
  });
}
