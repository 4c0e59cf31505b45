import path from 'node:path';
import DatabaseConstructor from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallResponse } from '../../src/shared/api/wire.ts';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import type { TimelineEvent } from '../../src/shared/domain/timeline.ts';
import { killAllChildren, startServeProcess, type ServeProcess } from '../helpers/serve-process.ts';
import { writeStaticSite } from '../helpers/static-site.ts';
import { connectTestSocket, type TestSocket } from '../helpers/ws-client.ts';
import { makeTempDir } from '../support/temp-dir.ts';

const ROUNDS = 5;
const CALLS_PER_ROUND = 500;
const KILL_AFTER_ACKS = 250;

function resultOf<T>(response: CallResponse): T {
  if (!response.ok) throw new Error(`expected success, got ${JSON.stringify(response.error)}`);
  return response.result as T;
}

describe('nothing acknowledged is ever lost', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let staticDir: string;
  let databasePath: string;
  const sockets: TestSocket[] = [];

  beforeEach(() => {
    temp = makeTempDir('debrief-durability-');
    staticDir = writeStaticSite(temp.file('renderer'));
    databasePath = temp.file('debrief.sqlite');
  });
  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.socket.terminate();
    await killAllChildren();
    temp.remove();
  });

  const start = async (): Promise<{ serve: ServeProcess; socket: TestSocket }> => {
    const serve = await startServeProcess(['--port', '0', '--db', databasePath, '--static', staticDir]);
    const socket = await connectTestSocket(serve.socketUrl, { origin: serve.origin });
    sockets.push(socket);
    return { serve, socket };
  };

  it(`keeps every acknowledged timeline event through SIGKILL mid-burst, ${ROUNDS} rounds`, async () => {
    const rounds: { acknowledged: number; stored: number }[] = [];

    for (let round = 1; round <= ROUNDS; round++) {
      const { serve, socket } = await start();
      const meeting = resultOf<Meeting>(await socket.call('meetings.create', { title: `Durability round ${round}` }));

      const acknowledged: string[] = [];
      let killed = false;
      socket.onReply((_id, response) => {
        if (!response.ok) throw new Error(`timeline.add failed: ${JSON.stringify(response.error)}`);
        acknowledged.push((response.result as TimelineEvent).id);
        if (!killed && acknowledged.length >= KILL_AFTER_ACKS) {
          killed = true;
          serve.child.kill('SIGKILL');
        }
      });
      // Pipelined: all sent at once, none waits for the one before.
      for (let i = 0; i < CALLS_PER_ROUND; i++) {
        socket.send('timeline.add', {
          meetingId: meeting.id,
          occurredAt: Date.UTC(2026, 10, 20, 14, 0, 0) + i * 1000,
          description: `round ${round}, event ${i}: a line typed during the review`,
          precision: 'second',
        });
      }
      expect(await serve.exited).toBe('SIGKILL');
      // Replies the server sent before it died still count: the client saw them.
      await socket.closed;
      expect(killed).toBe(true);

      const restarted = await start();
      const stored = resultOf<TimelineEvent[]>(await restarted.socket.call('timeline.list', { meetingId: meeting.id }));
      const storedIds = new Set(stored.map((event) => event.id));
      const lost = acknowledged.filter((id) => !storedIds.has(id));
      expect(lost).toEqual([]);
      expect(new Set(acknowledged).size).toBe(acknowledged.length);
      rounds.push({ acknowledged: acknowledged.length, stored: stored.length });

      restarted.serve.child.kill('SIGTERM');
      expect(await restarted.serve.exited).toBe(0);
      const db = new DatabaseConstructor(databasePath, { readonly: true });
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(db.pragma('foreign_key_check')).toEqual([]);
      } finally {
        db.close();
      }
    }

    console.log(`durability (${path.basename(databasePath)}): ${rounds.map((r) => `${r.acknowledged} acked / ${r.stored} stored`).join('; ')}`);
    expect(rounds).toHaveLength(ROUNDS);
    // The kill must land mid-burst for the test to mean anything (on every round so far it has).
    expect(rounds.some((r) => r.stored < CALLS_PER_ROUND)).toBe(true);
  });
});
