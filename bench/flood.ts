/**
 * `npm run bench:flood`: how long the facilitator waits for an answer while one client floods the server. A real
 * `serve` process on 127.0.0.1 over a fresh database; the facilitator's connection makes one call at a time
 * (meetings.get, the next as soon as the last is answered). Measured three ways in the same run:
 *   (a) baseline: nobody else is connected
 *   (b) another connection to the facilitator's server pipelines 5,000 timeline.add calls without waiting
 *   (c) a note-taker paired through the join server pipelines 5,000 timeline.add calls without waiting
 * Prints the facilitator's round trips, their ratios to the baseline, and how fast each flood was written.
 * Never fails.
 */
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Meeting } from '../src/shared/domain/meeting.ts';
import {
  floodTimeline,
  timeSequentialCalls,
  percentile,
  killAllChildren,
  startServeProcess,
  callApi,
  connectAsPage,
  enableJoining,
  joinAsNoteTaker,
  writeStaticSite,
  type TestSocket,
  makeTempDir,
} from '../test/harness/index.ts';

const FLOOD_WRITES = 5_000;
const BASELINE_CALLS = 500;
const WARM_UP_CALLS = 50;
const TARGET_P99_MS = 50;
const LABEL_WIDTH = 48;

interface Row {
  label: string;
  samples: number[];
  /** Writes per second of the flood, if there was one. */
  floodRate?: number;
}

/** The facilitator's round trips while `flooder` pipelines its writes; and how long the flood took to be answered. */
async function duringFlood(label: string, facilitator: TestSocket, meetingId: string, flooder: TestSocket, floodMeetingId: string): Promise<Row> {
  const started = performance.now();
  const flood = floodTimeline(flooder, floodMeetingId, FLOOD_WRITES, label);
  const samples = await timeSequentialCalls(facilitator, 'meetings.get', { id: meetingId }, { until: flood.replies });
  const replies = await flood.replies;
  const seconds = (performance.now() - started) / 1000;
  const refused = replies.filter((reply) => !reply.response.ok).length;
  if (refused > 0) throw new Error(`${label}: ${refused} of ${FLOOD_WRITES} writes were refused`);
  return { label, samples, floodRate: FLOOD_WRITES / seconds };
}

function report(baseline: Row, rows: Row[]): void {
  const ms = (value: number) => value.toFixed(1).padStart(8);
  const stats = (row: Row) => ({ p50: percentile(row.samples, 50), p95: percentile(row.samples, 95), p99: percentile(row.samples, 99) });
  const base = stats(baseline);
  console.log(`${'facilitator round trip'.padEnd(LABEL_WIDTH)}   p50 ms   p95 ms   p99 ms      n   writes/s`);
  for (const row of [baseline, ...rows]) {
    const s = stats(row);
    const rate = row.floodRate === undefined ? '' : row.floodRate.toFixed(0).padStart(10);
    console.log(`${row.label.padEnd(LABEL_WIDTH)} ${ms(s.p50)} ${ms(s.p95)} ${ms(s.p99)} ${String(row.samples.length).padStart(6)} ${rate}`);
  }
  console.log('');
  const ratio = (a: number, b: number) => (a / b).toFixed(2).padStart(8);
  for (const row of rows) {
    const s = stats(row);
    console.log(
      `${`ratio ${row.label.split(':')[0]} / baseline`.padEnd(LABEL_WIDTH)} ${ratio(s.p50, base.p50)} ${ratio(s.p95, base.p95)} ${ratio(s.p99, base.p99)}`,
    );
  }
  console.log('');
  for (const row of rows) {
    const p99 = stats(row).p99;
    console.log(`target ${row.label.split(':')[0]}: p99 within ${TARGET_P99_MS} ms: ${p99 <= TARGET_P99_MS ? 'holds' : 'MISSED'} (${p99.toFixed(1)} ms)`);
  }
}

async function main(): Promise<void> {
  const temp = makeTempDir('debrief-bench-flood-');
  const dir = temp.dir;
  const sockets: TestSocket[] = [];
  try {
    const staticDir = writeStaticSite(path.join(dir, 'renderer'));
    const serve = await startServeProcess(['--port', '0', '--db', path.join(dir, 'bench.sqlite'), '--static', staticDir]);
    const create = (title: string) => callApi<Meeting>(serve, 'meetings.create', { title, incidentId: 'INC-BENCH' });
    const facilitatorMeeting = await create('The facilitator’s meeting (benchmark)');
    const floodMeeting = await create('Flooded from the facilitator’s server (benchmark)');
    const joinedMeeting = await create('Flooded by a note-taker (benchmark)');

    const facilitator = await connectAsPage(serve);
    sockets.push(facilitator);

    console.log(
      `Debrief flood benchmark: the facilitator's calls (meetings.get, one at a time) while another client pipelines ${FLOOD_WRITES} timeline.add calls`,
    );
    console.log(`(a real serve process on 127.0.0.1; ${WARM_UP_CALLS} untimed calls first; journal_mode=WAL, synchronous=FULL)`);
    console.log(`Node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'} x ${os.cpus().length}, ${os.platform()} ${os.release()}`);
    console.log('');

    await timeSequentialCalls(facilitator, 'meetings.get', { id: facilitatorMeeting.id }, { count: WARM_UP_CALLS });
    const baseline: Row = {
      label: '(a) baseline: no flood',
      samples: await timeSequentialCalls(facilitator, 'meetings.get', { id: facilitatorMeeting.id }, { count: BASELINE_CALLS }),
    };

    const flooder = await connectAsPage(serve);
    sockets.push(flooder);
    const local = await duringFlood('(b): flood on the facilitator’s server', facilitator, facilitatorMeeting.id, flooder, floodMeeting.id);

    const join = await enableJoining(serve, joinedMeeting.id);
    const noteTaker = await joinAsNoteTaker(join, 'Flood');
    sockets.push(noteTaker.socket);
    const joined = await duringFlood('(c): note-taker flood on the join server', facilitator, facilitatorMeeting.id, noteTaker.socket, joinedMeeting.id);

    report(baseline, [local, joined]);
  } finally {
    for (const socket of sockets) socket.socket.terminate();
    await killAllChildren();
    temp.remove();
  }
}

try {
  await main();
} catch (error) {
  // A benchmark that cannot run says why, but never fails the build.
  console.error('bench:flood could not run:', error);
}
