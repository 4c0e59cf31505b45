/**
 * `npm run bench:capture`: how long capturing one timeline line takes, measured three ways in the same run on the
 * same machine and schema, so the ratios mean something wherever it runs. Prints figures; never fails.
 *   (a) a raw prepared INSERT, one transaction each: the floor SQLite sets with Debrief's pragmas
 *   (b) the service's timeline.add handler: what the app adds on top (lookups, revision bump, event)
 *   (c) a WebSocket round trip to `serve.ts` on 127.0.0.1: what a browser note-taker waits for
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../src/main/db/open.ts';
import { createService } from '../src/main/service/service.ts';
import { percentile, killAllChildren, startServeProcess, writeStaticSite, connectTestSocket, makeTempDir } from '../test/harness/index.ts';

const EXISTING_EVENTS = 10_000;
const MEASURED_INSERTS = 2_000;
const WARM_UP_INSERTS = 100;
const TARGET_SERVICE_RATIO_P99 = 1.5;
const TARGET_SOCKET_P99_MS = 5;
const LABEL_WIDTH = 40;

/** What a note-taker types: the same line for all three ways, so only the path to the disk differs. */
const line = (i: number) => ({
  occurredAt: Date.UTC(2026, 10, 20, 14, 0, 0) + (EXISTING_EVENTS + i) * 1000,
  description: `Error rate alert fired on checkout-api (p99 latency 2.3 s), line ${i}`,
  actor: 'PagerDuty',
  phase: 'detection' as const,
  precision: 'second' as const,
});

async function seed(file: string): Promise<string> {
  const db = await openDatabase(file);
  const service = createService(db);
  const meeting = service.handlers['meetings.create']({ title: 'Checkout outage (benchmark)', incidentId: 'INC-BENCH' });
  // One outer transaction (the handlers' own become savepoints), so seeding takes one sync, not 10,000.
  db.transaction(() => {
    for (let i = 0; i < EXISTING_EVENTS; i++) {
      service.handlers['timeline.add']({ meetingId: meeting.id, ...line(i - EXISTING_EVENTS) });
    }
  })();
  db.close();
  return meeting.id;
}

interface Way {
  label: string;
  insert(i: number): void | Promise<void>;
  close(): Promise<void>;
}

async function rawWay(file: string, meetingId: string): Promise<Way> {
  const db = await openDatabase(file);
  const insert = db.prepare(
    `INSERT INTO timeline_events
       (id, meeting_id, occurred_at, precision, description, actor, phase, source, author, created_at, updated_at)
     VALUES (@id, @meetingId, @occurredAt, @precision, @description, @actor, @phase, 'manual', '', @now, @now)`,
  );
  const insertOne = db.transaction((i: number) => {
    insert.run({ id: randomUUID(), meetingId, ...line(i), now: Date.now() });
  });
  return {
    label: '(a) raw prepared INSERT',
    insert: (i) => void insertOne(i),
    close: async () => {
      db.close();
    },
  };
}

async function serviceWay(file: string, meetingId: string): Promise<Way> {
  const db = await openDatabase(file);
  const add = createService(db).handlers['timeline.add'];
  return {
    label: "(b) service handlers['timeline.add']",
    insert: (i) => void add({ meetingId, ...line(i) }),
    close: async () => {
      db.close();
    },
  };
}

async function socketWay(file: string, meetingId: string, staticDir: string): Promise<Way> {
  const serve = await startServeProcess(['--port', '0', '--db', file, '--static', staticDir]);
  const socket = await connectTestSocket(serve.socketUrl, { origin: serve.origin });
  return {
    label: '(c) WebSocket round trip',
    async insert(i) {
      const reply = await socket.call('timeline.add', { meetingId, ...line(i) });
      if (!reply.ok) throw new Error(`timeline.add failed: ${reply.error.message}`);
    },
    async close() {
      socket.socket.terminate();
      serve.child.kill('SIGTERM');
      await serve.exited;
    },
  };
}

/**
 * Round robin, one insert each way per turn, starting with a different way each turn: disk stalls from anything
 * else on the machine then hit all three alike instead of whichever happened to run at the time, and no way always
 * runs right after another's, which is what makes their ratios comparable.
 */
async function measure(ways: readonly Way[]): Promise<number[][]> {
  const samples = ways.map((): number[] => []);
  for (let turn = -WARM_UP_INSERTS; turn < MEASURED_INSERTS; turn++) {
    for (let step = 0; step < ways.length; step++) {
      const index = (turn + WARM_UP_INSERTS + step) % ways.length;
      const started = performance.now();
      await ways[index]?.insert(turn);
      if (turn >= 0) samples[index]?.push(performance.now() - started);
    }
  }
  return samples;
}

function report(results: { label: string; samples: number[] }[]): void {
  const [raw, service, socket] = results.map((result) => ({
    ...result,
    p50: percentile(result.samples, 50),
    p99: percentile(result.samples, 99),
  }));
  if (!raw || !service || !socket) return;
  const ms = (value: number) => value.toFixed(3).padStart(9);
  const ratio = (value: number) => value.toFixed(2).padStart(9);

  console.log(`${''.padEnd(LABEL_WIDTH)}   p50 ms    p99 ms`);
  for (const row of [raw, service, socket]) console.log(`${row.label.padEnd(LABEL_WIDTH)}${ms(row.p50)} ${ms(row.p99)}`);
  console.log('');
  console.log(`${'ratio'.padEnd(LABEL_WIDTH)}      p50       p99`);
  console.log(`${'b/a (service / raw)'.padEnd(LABEL_WIDTH)}${ratio(service.p50 / raw.p50)} ${ratio(service.p99 / raw.p99)}`);
  console.log(`${'c/a (WebSocket / raw)'.padEnd(LABEL_WIDTH)}${ratio(socket.p50 / raw.p50)} ${ratio(socket.p99 / raw.p99)}`);
  console.log('');
  const serviceRatio = service.p99 / raw.p99;
  console.log(
    `target b/a <= ${TARGET_SERVICE_RATIO_P99} at p99: ${serviceRatio <= TARGET_SERVICE_RATIO_P99 ? 'holds' : 'MISSED'} (${serviceRatio.toFixed(2)})`,
  );
  console.log(`target c p99 < ${TARGET_SOCKET_P99_MS} ms:      ${socket.p99 < TARGET_SOCKET_P99_MS ? 'holds' : 'MISSED'} (${socket.p99.toFixed(3)} ms)`);
}

async function main(): Promise<void> {
  const temp = makeTempDir('debrief-bench-');
  const dir = temp.dir;
  try {
    const seedFile = path.join(dir, 'seed.sqlite');
    const meetingId = await seed(seedFile);
    // Each way starts from an identical copy, so none inherits the rows (or the WAL) another one wrote.
    const copy = (name: string) => {
      const file = path.join(dir, name);
      fs.copyFileSync(seedFile, file);
      return file;
    };
    const staticDir = writeStaticSite(path.join(dir, 'renderer'));

    console.log(`Debrief capture benchmark: ${MEASURED_INSERTS} timeline inserts into a meeting already holding ${EXISTING_EVENTS} events`);
    console.log(
      `(round robin over the three ways, rotating which goes first, after ${WARM_UP_INSERTS} untimed warm-up turns; journal_mode=WAL, synchronous=FULL)`,
    );
    console.log(`Node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.platform()} ${os.release()}, ${dir}`);
    console.log('');
    const ways: Way[] = [];
    try {
      ways.push(await rawWay(copy('raw.sqlite'), meetingId));
      ways.push(await serviceWay(copy('service.sqlite'), meetingId));
      ways.push(await socketWay(copy('socket.sqlite'), meetingId, staticDir));
      const samples = await measure(ways);
      report(ways.map((way, index) => ({ label: way.label, samples: samples[index] ?? [] })));
    } finally {
      for (const way of ways) await way.close();
    }
  } finally {
    await killAllChildren();
    temp.remove();
  }
}

try {
  await main();
} catch (error) {
  // A benchmark that cannot run says why, but never fails the build.
  console.error('bench:capture could not run:', error);
}
