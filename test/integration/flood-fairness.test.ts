import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import type { TimelineEvent } from '../../src/shared/domain/timeline.ts';
import {
  floodLine,
  floodTimeline,
  timeSequentialCalls,
  type FloodReply,
  percentile,
  killAllChildren,
  startServeProcess,
  type ServeProcess,
  callApi,
  connectAsPage,
  enableJoining,
  joinAsNoteTaker,
  writeStaticSite,
  type TestSocket,
  useTempDir,
} from '../harness/index.ts';

const FLOOD_WRITES = 5_000;
/**
 * The issue asks for about 50 ms at p99 (measured: about 16 ms on a quiet 2-core machine); the bound leaves room for
 * a loaded CI machine. Today the facilitator waits 0.9 s at p99 on the facilitator's server and 4 s on the join server.
 */
const FACILITATOR_P99_BOUND_MS = 250;
const FLOOD_TEST_TIMEOUT_MS = 180_000;

describe('one client flooding the server', () => {
  const temp = useTempDir('debrief-flood-');
  let databaseFile: string;
  let serve: ServeProcess;
  let facilitatorMeeting: Meeting;
  let floodedMeeting: Meeting;
  let facilitator: TestSocket;
  const sockets: TestSocket[] = [];

  beforeEach(async () => {
    databaseFile = temp.file('debrief.sqlite');
    const staticDir = writeStaticSite(path.join(temp.dir, 'renderer'));
    serve = await startServeProcess(['--port', '0', '--db', databaseFile, '--static', staticDir]);
    facilitatorMeeting = await callApi<Meeting>(serve, 'meetings.create', { title: 'Checkout outage' });
    floodedMeeting = await callApi<Meeting>(serve, 'meetings.create', { title: 'Search outage' });
    facilitator = await connectAsPage(serve);
    sockets.push(facilitator);
  });
  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.socket.terminate();
    await killAllChildren();
  });

  /** The descriptions stored for the meeting, in the order the rows were written. */
  function storedInWriteOrder(meetingId: string): string[] {
    const db = new Database(databaseFile, { readonly: true });
    try {
      const rows = db.prepare('SELECT description FROM timeline_events WHERE meeting_id = ? ORDER BY rowid').all(meetingId) as { description: string }[];
      return rows.map((row) => row.description);
    } finally {
      db.close();
    }
  }

  /** The facilitator's round trips (one call at a time) while `flooder` pipelines its writes; and the flood's replies. */
  async function facilitatorDuringFlood(flooder: TestSocket, label: string): Promise<{ latencies: number[]; sentIds: number[]; replies: FloodReply[] }> {
    const flood = floodTimeline(flooder, floodedMeeting.id, FLOOD_WRITES, label);
    const latencies = await timeSequentialCalls(facilitator, 'meetings.get', { id: facilitatorMeeting.id }, { until: flood.replies });
    return { latencies, sentIds: flood.sentIds, replies: await flood.replies };
  }

  function expectEveryWriteAnsweredAndStoredOnceInOrder(label: string, sentIds: number[], replies: FloodReply[]): void {
    const expected = Array.from({ length: FLOOD_WRITES }, (_, i) => floodLine(label, i));
    expect(replies.map((reply) => reply.id)).toEqual(sentIds);
    expect(replies.filter((reply) => !reply.response.ok)).toEqual([]);
    expect(replies.map((reply) => (reply.response.ok ? (reply.response.result as TimelineEvent).description : ''))).toEqual(expected);
    expect(storedInWriteOrder(floodedMeeting.id)).toEqual(expected);
  }

  it(
    'on the facilitator’s server: the facilitator is answered promptly, and every write of the flood is stored once, in order',
    async () => {
      const flooder = await connectAsPage(serve);
      sockets.push(flooder);
      const { latencies, sentIds, replies } = await facilitatorDuringFlood(flooder, 'script');
      const p99 = percentile(latencies, 99);
      expect(p99, `the facilitator waited ${p99.toFixed(0)} ms at p99 over ${latencies.length} calls`).toBeLessThan(FACILITATOR_P99_BOUND_MS);
      expectEveryWriteAnsweredAndStoredOnceInOrder('script', sentIds, replies);
      // Slowed down, never refused: the flooding connection is still open and answered.
      expect((await flooder.call('meetings.get', { id: floodedMeeting.id })).ok).toBe(true);
    },
    FLOOD_TEST_TIMEOUT_MS,
  );

  it(
    'from a note-taker on the join server: the facilitator is answered promptly, and every write is stored once, in order',
    async () => {
      const join = await enableJoining(serve, floodedMeeting.id);
      const noteTaker = await joinAsNoteTaker(join, 'Priya');
      sockets.push(noteTaker.socket);
      const { latencies, sentIds, replies } = await facilitatorDuringFlood(noteTaker.socket, 'Priya');
      const p99 = percentile(latencies, 99);
      expect(p99, `the facilitator waited ${p99.toFixed(0)} ms at p99 over ${latencies.length} calls`).toBeLessThan(FACILITATOR_P99_BOUND_MS);
      expectEveryWriteAnsweredAndStoredOnceInOrder('Priya', sentIds, replies);
      expect((await noteTaker.socket.call('session.me')).ok).toBe(true);
    },
    FLOOD_TEST_TIMEOUT_MS,
  );

  it(
    'never slows down or refuses a client that waits for each answer, however fast it goes',
    async () => {
      const latencies = await timeSequentialCalls(
        facilitator,
        'timeline.add',
        { meetingId: facilitatorMeeting.id, occurredAt: Date.UTC(2026, 10, 20, 14, 0), description: 'Rollback started' },
        { count: 1_000 },
      );
      expect(latencies).toHaveLength(1_000);
      expect(percentile(latencies, 99)).toBeLessThan(FACILITATOR_P99_BOUND_MS);
      expect(storedInWriteOrder(facilitatorMeeting.id)).toHaveLength(1_000);
      expect(facilitator.socket.readyState).toBe(facilitator.socket.OPEN);
    },
    FLOOD_TEST_TIMEOUT_MS,
  );
});
