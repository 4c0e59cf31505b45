import { writeFileSync } from 'node:fs';
import DatabaseConstructor from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallResponse } from '../../src/shared/api/wire.ts';
import {
  killAllChildren,
  runCliProcess,
  startServeProcess,
  type ExitedProcess,
  type ServeProcess,
  writeStaticSite,
  connectTestSocket,
  type TestSocket,
  useTempDir,
} from '../harness/index.ts';

const CLI_RUNS = 6;
const ROWS_PER_IMPORT = 200;
/** Writes each streaming client keeps in flight, so the server is writing whenever the CLI wants the lock. */
const IN_FLIGHT = 8;

interface Stream {
  /** Every reply the server sent, in order. */
  replies: CallResponse[];
  /** Stops sending and resolves once every call sent has been answered. */
  stop(): Promise<void>;
}

/** Keeps `IN_FLIGHT` timeline.add calls outstanding on one socket until stopped. */
function streamInserts(socket: TestSocket, meetingId: string, label: string): Stream {
  const replies: CallResponse[] = [];
  let sent = 0;
  let stopping = false;
  let settle: (() => void) | undefined;
  const sendOne = (): void => {
    socket.send('timeline.add', {
      meetingId,
      occurredAt: Date.UTC(2026, 10, 20, 14, 0, 0) + sent * 1000,
      description: `${label} event ${sent}, typed while another program writes to the same file`,
      precision: 'second',
    });
    sent += 1;
  };
  socket.onReply((_id, response) => {
    replies.push(response);
    if (!stopping) sendOne();
    else if (replies.length === sent) settle?.();
  });
  for (let i = 0; i < IN_FLIGHT; i++) sendOne();
  return {
    replies,
    stop() {
      stopping = true;
      return new Promise((resolve) => {
        settle = resolve;
        if (replies.length === sent) resolve();
      });
    },
  };
}

function timelineCsv(run: number): string {
  const lines = ['time,event,actor,phase'];
  for (let row = 0; row < ROWS_PER_IMPORT; row++) {
    const minute = String(row % 60).padStart(2, '0');
    const hour = String(10 + Math.floor(row / 60)).padStart(2, '0');
    lines.push(`2026-11-20 ${hour}:${minute} UTC,Import ${run} row ${row} from the chat export,Monitoring,detection`);
  }
  return `${lines.join('\n')}\n`;
}

function failures(replies: readonly CallResponse[]): CallResponse[] {
  return replies.filter((reply) => !reply.ok);
}

describe('several programs writing to one database file', () => {
  const temp = useTempDir('debrief-writers-');
  let databasePath: string;
  let staticDir: string;
  const sockets: TestSocket[] = [];

  beforeEach(() => {
    databasePath = temp.file('debrief.sqlite');
    staticDir = writeStaticSite(temp.file('renderer'));
  });
  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.socket.terminate();
    await killAllChildren();
  });

  const serve = async (): Promise<{ process: ServeProcess; socket: TestSocket }> => {
    const started = await startServeProcess(['--port', '0', '--db', databasePath, '--static', staticDir]);
    const socket = await connectTestSocket(started.socketUrl, { origin: started.origin });
    sockets.push(socket);
    return { process: started, socket };
  };

  const createMeeting = async (socket: TestSocket, title: string): Promise<string> => {
    const created = await socket.call('meetings.create', { title });
    if (!created.ok) throw new Error(`meetings.create failed: ${JSON.stringify(created.error)}`);
    return (created.result as { id: string }).id;
  };

  const storedEventCount = (meetingId: string): number => {
    const db = new DatabaseConstructor(databasePath, { readonly: true });
    try {
      return (db.prepare('SELECT count(*) AS n FROM timeline_events WHERE meeting_id = ?').get(meetingId) as { n: number }).n;
    } finally {
      db.close();
    }
  };

  it(`the CLI imports ${CLI_RUNS} times into the file a server is streaming writes to, and nothing fails`, async () => {
    const { socket } = await serve();
    const liveMeeting = await createMeeting(socket, 'Checkout outage (live notes)');
    const importMeeting = await createMeeting(socket, 'Checkout outage (imported)');
    const stream = streamInserts(socket, liveMeeting, 'live');

    const runs: ExitedProcess[] = [];
    for (let run = 0; run < CLI_RUNS; run++) {
      const file = temp.file(`timeline-${run}.csv`);
      writeFileSync(file, timelineCsv(run));
      runs.push(await runCliProcess(['import-timeline', '--meeting', importMeeting, '--file', file, '--db', databasePath], {}));
    }
    await stream.stop();

    for (const run of runs) {
      expect(run.stderr).not.toMatch(/locked|SqliteError/);
      expect(run.code).toBe(0);
    }
    expect(failures(stream.replies)).toEqual([]);
    // The server must really have been writing throughout, or the test proves nothing.
    expect(stream.replies.length).toBeGreaterThan(CLI_RUNS * 10);
    expect(storedEventCount(liveMeeting)).toBe(stream.replies.length);
    expect(storedEventCount(importMeeting)).toBe(CLI_RUNS * ROWS_PER_IMPORT);
  });

  it(`${CLI_RUNS} CLI runs that open a fresh file at the same moment all create their meeting`, async () => {
    // The first to open the file migrates it; the others must wait and then see the migrated schema.
    const runs = await Promise.all(
      Array.from({ length: CLI_RUNS }, (_unused, run) => runCliProcess(['create', '--title', `Started together ${run}`, '--db', databasePath], {})),
    );
    for (const run of runs) {
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
    }
    const db = new DatabaseConstructor(databasePath, { readonly: true });
    try {
      const titles = (db.prepare('SELECT title FROM meetings ORDER BY title').all() as { title: string }[]).map((row) => row.title);
      expect(titles).toEqual(Array.from({ length: CLI_RUNS }, (_unused, run) => `Started together ${run}`));
    } finally {
      db.close();
    }
  });

  it('two servers on one file both stream writes, and every write succeeds', async () => {
    const first = await serve();
    const second = await serve();
    const meetingA = await createMeeting(first.socket, 'Written through the first server');
    const meetingB = await createMeeting(second.socket, 'Written through the second server');

    const streamA = streamInserts(first.socket, meetingA, 'first');
    const streamB = streamInserts(second.socket, meetingB, 'second');
    // Reads through each server meanwhile see the other's writes (one file, one truth). Each write waits for the disk
    // (synchronous=FULL), so how many fit in a while depends on the machine: the streams run until both have written
    // over a hundred, which they do in about 3 s on a quiet one.
    const deadline = Date.now() + 30_000;
    while ((streamA.replies.length <= 100 || streamB.replies.length <= 100) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await Promise.all([streamA.stop(), streamB.stop()]);

    expect(failures(streamA.replies)).toEqual([]);
    expect(failures(streamB.replies)).toEqual([]);
    expect(streamA.replies.length).toBeGreaterThan(100);
    expect(streamB.replies.length).toBeGreaterThan(100);
    expect(storedEventCount(meetingA)).toBe(streamA.replies.length);
    expect(storedEventCount(meetingB)).toBe(streamB.replies.length);

    const seenBySecond = await second.socket.call('timeline.list', { meetingId: meetingA });
    expect(seenBySecond.ok && (seenBySecond.result as unknown[]).length).toBe(streamA.replies.length);
  });
});
