import { randomUUID } from 'node:crypto';
import path from 'node:path';
import DatabaseConstructor from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import {
  killAllChildren,
  startServeProcess,
  type ServeProcess,
  writeStaticSite,
  connectTestSocket,
  type TestSocket,
  useTempDir,
  seededRandom,
  ok,
} from '../harness/index.ts';

const ROUNDS = 20;
const CALLS_PER_ROUND = 500;
/** Printed, so a failing round can be replayed with DEBRIEF_DURABILITY_SEED. */
const SEED = Number(process.env.DEBRIEF_DURABILITY_SEED ?? Date.now() % 1_000_000);

type Kind = 'event' | 'why' | 'note' | 'action' | 'facts';

/** One pipelined write and what must be found after the restart if it was acknowledged. */
interface Write {
  kind: Kind;
  method: string;
  input: unknown;
  /** The row's id (client-chosen), or for facts the version written into the summary. */
  key: string | number;
}

/** A review being captured by everyone at once: timeline lines, whys under the problem, notes, items, facts. */
function planWrites(meetingId: string, problemId: string, random: () => number): Write[] {
  const writes: Write[] = [];
  let lastWhy = problemId;
  let whyDepth = 1;
  for (let i = 0; i < CALLS_PER_ROUND; i++) {
    const pick = random();
    const id = randomUUID();
    if (pick < 0.45) {
      writes.push({
        kind: 'event',
        key: id,
        method: 'timeline.add',
        input: {
          id,
          meetingId,
          occurredAt: Date.UTC(2026, 10, 20, 14, 0, 0) + i * 1000,
          description: `event ${i}: a line typed during the review`,
          precision: 'second',
        },
      });
    } else if (pick < 0.6) {
      // Mostly a chain (why of the last answer), sometimes a new branch under the problem, never deeper than 10.
      const parentId = whyDepth < 10 && random() < 0.7 ? lastWhy : problemId;
      whyDepth = parentId === problemId ? 1 : whyDepth + 1;
      lastWhy = id;
      writes.push({ kind: 'why', key: id, method: 'whys.add', input: { id, meetingId, parentId, text: `why ${i}: the retry budget was shared` } });
    } else if (pick < 0.75) {
      writes.push({
        kind: 'note',
        key: id,
        method: 'notes.add',
        input: { id, meetingId, category: 'lesson', text: `note ${i}: dashboards lagged by five minutes` },
      });
    } else if (pick < 0.9) {
      writes.push({ kind: 'action', key: id, method: 'actions.add', input: { id, meetingId, title: `action ${i}: alert on queue depth`, owner: 'SRE team' } });
    } else {
      writes.push({
        kind: 'facts',
        key: i,
        method: 'meetings.update',
        input: { id: meetingId, patch: { summary: `summary version ${i}`, usersAffected: `${i} users` } },
      });
    }
  }
  return writes;
}

interface Stored {
  ids: Set<string>;
  summary: string;
}

function readStored(databasePath: string, meetingId: string): Stored {
  const db = new DatabaseConstructor(databasePath, { readonly: true });
  try {
    const ids = new Set<string>();
    for (const table of ['timeline_events', 'whys', 'notes', 'action_items']) {
      for (const row of db.prepare(`SELECT id FROM ${table} WHERE meeting_id = ?`).all(meetingId) as { id: string }[]) ids.add(row.id);
    }
    const meeting = db.prepare('SELECT summary FROM meetings WHERE id = ?').get(meetingId) as { summary: string };
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    return { ids, summary: meeting.summary };
  } finally {
    db.close();
  }
}

describe('nothing acknowledged is ever lost', () => {
  const temp = useTempDir('debrief-durability-');
  let staticDir: string;
  let databasePath: string;
  const sockets: TestSocket[] = [];

  beforeEach(() => {
    staticDir = writeStaticSite(temp.file('renderer'));
    databasePath = temp.file('debrief.sqlite');
  });
  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.socket.terminate();
    await killAllChildren();
  });

  const start = async (): Promise<{ serve: ServeProcess; socket: TestSocket }> => {
    const serve = await startServeProcess(['--port', '0', '--db', databasePath, '--static', staticDir]);
    const socket = await connectTestSocket(serve.socketUrl, { origin: serve.origin });
    sockets.push(socket);
    return { serve, socket };
  };

  it(`keeps every acknowledged event, why, note, action item and fact through SIGKILL at random points, ${ROUNDS} rounds`, async () => {
    const random = seededRandom(SEED);
    const rounds: string[] = [];

    for (let round = 1; round <= ROUNDS; round++) {
      const { serve, socket } = await start();
      const meeting = ok<Meeting>(await socket.call('meetings.create', { title: `Durability round ${round}` }));
      const problem = ok<{ id: string }>(await socket.call('whys.add', { meetingId: meeting.id, parentId: null, text: 'Checkout returned errors' }));
      const writes = planWrites(meeting.id, problem.id, random);
      const killAfter = 1 + Math.floor(random() * (CALLS_PER_ROUND - 1));

      const sentIds = new Map<number, Write>();
      const acknowledged: Write[] = [];
      let killed = false;
      socket.onReply((id, response) => {
        const write = sentIds.get(id);
        if (!write) return;
        if (!response.ok) throw new Error(`${write.method} failed: ${JSON.stringify(response.error)}`);
        acknowledged.push(write);
        if (!killed && acknowledged.length >= killAfter) {
          killed = true;
          serve.child.kill('SIGKILL');
        }
      });
      // Pipelined: all sent at once, none waits for the one before.
      for (const write of writes) sentIds.set(socket.send(write.method, write.input), write);
      expect(await serve.exited).toBe('SIGKILL');
      // Replies the server sent before it died still count: the client saw them.
      await socket.closed;
      expect(killed).toBe(true);

      const stored = readStored(databasePath, meeting.id);
      const lost = acknowledged.filter((write) => write.kind !== 'facts' && !stored.ids.has(write.key as string));
      expect(lost.map((write) => `${write.kind} ${String(write.key)}`)).toEqual([]);
      // Calls run in order, so the facts on disk are the last acknowledged version or a later one whose reply was lost.
      const lastFacts = acknowledged.filter((write) => write.kind === 'facts').at(-1);
      if (lastFacts) {
        const storedVersion = Number(/summary version (\d+)/.exec(stored.summary)?.[1] ?? -1);
        expect(storedVersion).toBeGreaterThanOrEqual(lastFacts.key as number);
      }
      const counts = (['event', 'why', 'note', 'action', 'facts'] as const).map(
        (kind) => `${acknowledged.filter((write) => write.kind === kind).length} ${kind}`,
      );
      rounds.push(`kill after ${killAfter}: acked ${counts.join(', ')}; stored ${stored.ids.size} rows`);

      // The server starts again on the file the kill left, and reads back what was stored.
      const restarted = await start();
      const listed = ok<unknown[]>(await restarted.socket.call('timeline.list', { meetingId: meeting.id }));
      expect(listed.length).toBe(writes.filter((write) => write.kind === 'event' && stored.ids.has(write.key as string)).length);
      restarted.serve.child.kill('SIGTERM');
      expect(await restarted.serve.exited).toBe(0);
    }

    console.log(`durability (seed ${SEED}, ${path.basename(databasePath)}):\n  ${rounds.join('\n  ')}`);
    expect(rounds).toHaveLength(ROUNDS);
    // Twenty server starts take about 40 s on a quiet machine; a busy one needs more than the default minute.
  }, 240_000);
});
