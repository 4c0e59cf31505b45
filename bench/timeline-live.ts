/**
 * `node bench/timeline-live.ts` (npm run bench:timeline): from Enter on the facilitator console to the event on the
 * audience screen, with a meeting already holding 5,000 timeline events, against the same measured on an empty
 * meeting in the same run (the baseline). A real server on 127.0.0.1, the built renderer, Chromium through
 * playwright-core. Prints figures and the ratio; never fails. Needs `npm run build` (out/renderer) first.
 *
 * Enter is timed in a capture-phase keydown listener on the console page; "visible" is when the audience page's DOM
 * holds the event's text (a MutationObserver), both read as performance.timeOrigin + performance.now(), a
 * high-resolution wall clock the two pages share.
 */
import type { Browser, Page } from 'playwright-core';
import { openDatabase } from '../src/main/db/open.ts';
import { createService } from '../src/main/service/service.ts';
import { entryField, lastEnterAt, machineLine, percentile, runLiveBench, timeEnterKey, whenVisible } from './live-pages.ts';

const LARGE_TIMELINE = 5_000;
const MEASURED_ENTRIES = 60;
const WARM_UP_ENTRIES = 5;
const TARGET_P95_MS = 50;
const LABEL_WIDTH = 34;

interface BenchMeeting {
  label: string;
  id: string;
}

/** Two meetings in the timeline section of their agenda (where the audience screen shows the live timeline). */
async function seed(file: string): Promise<BenchMeeting[]> {
  const db = await openDatabase(file);
  const { handlers } = createService(db);
  const make = (title: string, events: number): string => {
    const meeting = handlers['meetings.create']({ title, incidentId: 'INC-BENCH' });
    // Earlier than anything typed during the run, so a typed event goes in at the end, as in a live meeting.
    const start = Date.now() - 2 * 24 * 3_600_000;
    db.transaction(() => {
      for (let i = 0; i < events; i += 1) {
        handlers['timeline.add']({
          meetingId: meeting.id,
          occurredAt: start + i * 15_000,
          description: `Seeded event ${i}: checkout-api p99 latency at ${(1 + (i % 40) / 10).toFixed(1)} s on node ${i % 12}`,
          actor: i % 3 === 0 ? 'PagerDuty' : 'on-call',
          phase: (['trigger', 'detection', 'response', 'mitigation', 'resolution', 'other'] as const)[i % 6],
          createdAt: start + i * 15_000,
        });
      }
    })();
    // The service's strictly increasing clock dates 5,000 rows written in one go seconds ahead; put them in the past.
    db.prepare('UPDATE timeline_events SET updated_at = created_at WHERE meeting_id = ?').run(meeting.id);
    handlers['timer.start']({ meetingId: meeting.id });
    handlers['timer.next']({ meetingId: meeting.id });
    return meeting.id;
  };
  const meetings = [
    { label: 'empty meeting (baseline)', id: make('Empty timeline (benchmark)', 0) },
    { label: `${LARGE_TIMELINE.toLocaleString('en-US')} events`, id: make('Large timeline (benchmark)', LARGE_TIMELINE) },
  ];
  db.close();
  return meetings;
}

interface Pair {
  meeting: BenchMeeting;
  console: Page;
  audience: Page;
}

async function openPair(browser: Browser, baseUrl: string, meeting: BenchMeeting): Promise<Pair> {
  const open = async (hash: string, width: number, height: number) => {
    const context = await browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`page error (${meeting.label}): ${error.message}`));
    await page.goto(`${baseUrl}#${hash}`);
    return page;
  };
  const consolePage = await open(`/meetings/${meeting.id}`, 1600, 1000);
  const audience = await open(`/meetings/${meeting.id}/audience`, 1920, 1080);
  await (await entryField(consolePage)).waitFor();
  await audience
    .getByText(/Timeline/)
    .first()
    .waitFor();
  await timeEnterKey(consolePage);
  return { meeting, console: consolePage, audience };
}

/** Types one event and returns the milliseconds from Enter to its text in the audience screen's DOM. */
async function typeOne(pair: Pair, text: string): Promise<number> {
  const seen = whenVisible(pair.audience, text, 'the audience screen');
  const description = await entryField(pair.console);
  await description.fill(text);
  await description.press('Enter');
  const visibleAt = await seen.catch(async (error: unknown) => {
    if (process.env.BENCH_DEBUG) {
      await pair.console.screenshot({ path: '/tmp/bench-console.png' });
      await pair.audience.screenshot({ path: '/tmp/bench-audience.png' });
    }
    throw error;
  });
  const enterAt = await lastEnterAt(pair.console);
  return visibleAt - enterAt;
}

function report(rows: { label: string; samples: number[] }[]): void {
  const ms = (value: number) => value.toFixed(1).padStart(8);
  const stats = rows.map((row) => ({ ...row, p50: percentile(row.samples, 50), p95: percentile(row.samples, 95), p99: percentile(row.samples, 99) }));
  console.log(`${'Enter -> visible on audience'.padEnd(LABEL_WIDTH)}   p50 ms   p95 ms   p99 ms      n`);
  for (const row of stats)
    console.log(`${row.label.padEnd(LABEL_WIDTH)} ${ms(row.p50)} ${ms(row.p95)} ${ms(row.p99)} ${String(row.samples.length).padStart(6)}`);
  const [baseline, large] = stats;
  if (!baseline || !large) return;
  const ratio = (a: number, b: number) => (a / b).toFixed(2).padStart(8);
  console.log(
    `${'ratio (5,000 / empty)'.padEnd(LABEL_WIDTH)} ${ratio(large.p50, baseline.p50)} ${ratio(large.p95, baseline.p95)} ${ratio(large.p99, baseline.p99)}`,
  );
  console.log('');
  console.log(`target p95 < ${TARGET_P95_MS} ms with ${LARGE_TIMELINE} events: ${large.p95 < TARGET_P95_MS ? 'holds' : 'MISSED'} (${large.p95.toFixed(1)} ms)`);
}

await runLiveBench('bench:timeline', seed, async (browser, server, meetings) => {
  const pairs: Pair[] = [];
  for (const meeting of meetings) pairs.push(await openPair(browser, server.url, meeting));

  console.log(`Debrief live timeline benchmark: ${MEASURED_ENTRIES} events typed on the console per meeting, after ${WARM_UP_ENTRIES} untimed ones`);
  console.log('(taking turns between the meetings, so anything else on the machine hits both alike; journal_mode=WAL, synchronous=FULL)');
  console.log(machineLine(browser));
  console.log('');

  const samples = pairs.map((): number[] => []);
  for (let turn = -WARM_UP_ENTRIES; turn < MEASURED_ENTRIES; turn += 1) {
    for (let step = 0; step < pairs.length; step += 1) {
      const index = (turn + WARM_UP_ENTRIES + step) % pairs.length;
      const pair = pairs[index];
      if (!pair) continue;
      const elapsed = await typeOne(pair, `Bench entry ${index}-${turn + WARM_UP_ENTRIES}: rollback of checkout-api started`);
      if (turn >= 0) samples[index]?.push(elapsed);
    }
  }
  report(pairs.map((pair, index) => ({ label: pair.meeting.label, samples: samples[index] ?? [] })));
});
