/**
 * `node bench/join-latency.ts` (npm run bench:join): with note-takers joined from their own browsers, from Enter on
 * the page that types an event to the event on every other connected page. One meeting in its timeline section is
 * open on the facilitator console, the audience screen and three note-taker pages, each paired through the join
 * server with a name and the pairing code; the note-takers and the console type in turn, and each event is timed on
 * the four pages that did not type it. The baseline, in the same run, is a second meeting with only a console and its
 * audience screen. A real server and join server on 127.0.0.1, the built renderer, Chromium through playwright-core;
 * every page in its own browser context, as on separate laptops. Prints figures and the ratio; never fails. Needs
 * `npm run build` (out/renderer) first.
 *
 * Timing as in bench:timeline: Enter in a capture-phase keydown listener on the typing page; "visible" when another
 * page's DOM holds the event's text (a MutationObserver).
 */
import type { Browser, Page } from 'playwright-core';
import { openDatabase } from '../src/main/db/open.ts';
import { createService } from '../src/main/service/service.ts';
import { entryField, lastEnterAt, machineLine, percentile, runLiveBench, timeEnterKey, whenVisible } from './live-pages.ts';
import { enableJoining } from '../test/harness/index.ts';

const NOTE_TAKERS = ['Priya', 'Tomás', 'Ade'];
const MEASURED_ENTRIES = 40;
const WARM_UP_ENTRIES = 5;
const TARGET_P95_MS = 250;
const LABEL_WIDTH = 44;

type Kind = 'console' | 'audience' | 'note-taker';

/** One connected page: who is looking at it and what it is. */
interface Screen {
  label: string;
  kind: Kind;
  page: Page;
}

interface Meetings {
  baseline: string;
  joined: string;
}

/** Two empty meetings in the timeline section of their agenda (where the audience screen shows the live timeline). */
async function seed(file: string): Promise<Meetings> {
  const db = await openDatabase(file);
  const { handlers } = createService(db);
  const make = (title: string): string => {
    const meeting = handlers['meetings.create']({ title, incidentId: 'INC-BENCH' });
    handlers['timer.start']({ meetingId: meeting.id });
    handlers['timer.next']({ meetingId: meeting.id });
    return meeting.id;
  };
  const meetings = { baseline: make('Console and audience only (benchmark)'), joined: make('Note-takers joined (benchmark)') };
  db.close();
  return meetings;
}

async function openPage(browser: Browser, url: string, label: string, width: number, height: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`page error (${label}): ${error.message}`));
  await page.goto(url);
  return page;
}

/** The facilitator console and the audience screen of one meeting, both timed. */
async function openRoom(browser: Browser, baseUrl: string, meetingId: string, who: string): Promise<Screen[]> {
  const consolePage = await openPage(browser, `${baseUrl}#/meetings/${meetingId}`, `${who} console`, 1600, 1000);
  const audience = await openPage(browser, `${baseUrl}#/meetings/${meetingId}/audience`, `${who} audience`, 1920, 1080);
  await consolePage.getByRole('form', { name: 'Add a timeline event' }).waitFor();
  await audience.getByTestId('audience').waitFor();
  await audience
    .getByText(/Timeline/)
    .first()
    .waitFor();
  return [
    { label: 'the facilitator console', kind: 'console', page: consolePage },
    { label: 'the audience screen', kind: 'audience', page: audience },
  ];
}

/** A note-taker's laptop: opens the join address, pairs with their name and the code, and waits for the timeline entry. */
async function joinAs(browser: Browser, join: { url: string; code: string }, name: string): Promise<Screen> {
  const page = await openPage(browser, join.url, name, 1280, 900);
  await page.getByRole('heading', { name: 'Join the review' }).waitFor();
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Code from the facilitator’s screen').fill(join.code);
  await page.getByRole('button', { name: 'Join' }).click();
  await page.getByTestId('note-taker-name').filter({ hasText: name }).waitFor();
  const now = await page.getByTestId('note-taker-now').textContent();
  if (!now?.includes('Timeline')) throw new Error(`${name}'s view is not in the timeline section: "${now ?? ''}"`);
  try {
    await page.getByRole('form', { name: 'Add a timeline event' }).waitFor({ timeout: 10_000 });
  } catch {
    throw new Error(`${name}'s note-taker view shows no timeline entry field in the timeline section`);
  }
  return { label: `${name}'s note-taker page`, kind: 'note-taker', page };
}

/** Types one event on `writer`; the milliseconds from Enter to its text on each viewer, in the viewers' order. */
async function typeOne(writer: Screen, viewers: readonly Screen[], text: string): Promise<number[]> {
  const seen = viewers.map((viewer) => whenVisible(viewer.page, text, viewer.label));
  const field = await entryField(writer.page);
  await field.fill(text);
  await field.press('Enter');
  const settled = await Promise.allSettled(seen);
  const failed = settled.find((result) => result.status === 'rejected');
  if (failed) {
    if (process.env.BENCH_DEBUG) {
      for (const [index, screen] of [writer, ...viewers].entries()) await screen.page.screenshot({ path: `/tmp/bench-join-${index}.png` });
    }
    throw failed.reason;
  }
  const enterAt = await lastEnterAt(writer.page);
  return settled.map((result) => (result.status === 'fulfilled' ? result.value - enterAt : Number.NaN));
}

interface Row {
  label: string;
  samples: number[];
}

function report(baseline: Row, worst: Row, details: Row[]): void {
  const ms = (value: number) => value.toFixed(1).padStart(8);
  const stats = (row: Row) => ({ ...row, p50: percentile(row.samples, 50), p95: percentile(row.samples, 95), p99: percentile(row.samples, 99) });
  const line = (row: Row) => {
    const s = stats(row);
    console.log(`${s.label.padEnd(LABEL_WIDTH)} ${ms(s.p50)} ${ms(s.p95)} ${ms(s.p99)} ${String(s.samples.length).padStart(6)}`);
  };
  console.log(`${'Enter -> visible'.padEnd(LABEL_WIDTH)}   p50 ms   p95 ms   p99 ms      n`);
  line(baseline);
  line(worst);
  for (const row of details) line(row);
  const base = stats(baseline);
  const multi = stats(worst);
  const ratio = (a: number, b: number) => (a / b).toFixed(2).padStart(8);
  console.log(
    `${'ratio (worst of 4 / baseline)'.padEnd(LABEL_WIDTH)} ${ratio(multi.p50, base.p50)} ${ratio(multi.p95, base.p95)} ${ratio(multi.p99, base.p99)}`,
  );
  console.log('');
  console.log(`target: every page within ${TARGET_P95_MS} ms p95: ${multi.p95 < TARGET_P95_MS ? 'holds' : 'MISSED'} (${multi.p95.toFixed(1)} ms)`);
}

await runLiveBench('bench:join', seed, async (browser, server, meetings) => {
  const [baseConsole, baseAudience] = await openRoom(browser, server.url, meetings.baseline, 'baseline');
  const room = await openRoom(browser, server.url, meetings.joined, 'joined');
  const join = await enableJoining(server, meetings.joined);
  const noteTakers: Screen[] = [];
  for (const name of NOTE_TAKERS) noteTakers.push(await joinAs(browser, join, name));
  const screens = [...room, ...noteTakers];
  if (!baseConsole || !baseAudience) throw new Error('the baseline pages did not open');
  for (const screen of [baseConsole, ...screens]) await timeEnterKey(screen.page);
  // The note-takers type in turn, then the console; each event is timed on every page that did not type it.
  const writers = [...noteTakers, ...room.filter((screen) => screen.kind === 'console')];

  console.log(
    `Debrief join latency benchmark: ${MEASURED_ENTRIES} events typed in turn by ${NOTE_TAKERS.join(', ')} and the console, after ${WARM_UP_ENTRIES} untimed ones`,
  );
  console.log(`(${screens.length} pages on one meeting, each in its own browser context; note-takers paired through the join server on ${join.url};`);
  console.log(' the baseline, a console and its audience screen only, types in the same run, taking turns)');
  console.log(machineLine(browser));
  console.log('');

  const baseline: number[] = [];
  const worst: number[] = [];
  const byViewer = new Map<Kind, number[]>();
  const byWriter = new Map<Kind, number[]>();
  const add = (map: Map<Kind, number[]>, kind: Kind, value: number) => map.set(kind, [...(map.get(kind) ?? []), value]);
  for (let turn = -WARM_UP_ENTRIES; turn < MEASURED_ENTRIES; turn += 1) {
    const entry = turn + WARM_UP_ENTRIES;
    const writer = writers[entry % writers.length];
    if (!writer) continue;
    const viewers = screens.filter((screen) => screen !== writer);
    // Alternate which goes first, so anything else on the machine hits both alike.
    for (let step = 0; step < 2; step += 1) {
      if ((entry + step) % 2 === 0) {
        const [elapsed = Number.NaN] = await typeOne(baseConsole, [baseAudience], `Baseline entry ${entry}: rollback of checkout-api started`);
        if (turn >= 0) baseline.push(elapsed);
      } else {
        const elapsed = await typeOne(writer, viewers, `Joined entry ${entry} by ${writer.label}: rollback of checkout-api started`);
        if (turn < 0) continue;
        worst.push(Math.max(...elapsed));
        add(byWriter, writer.kind, Math.max(...elapsed));
        viewers.forEach((viewer, index) => add(byViewer, viewer.kind, elapsed[index] ?? Number.NaN));
      }
    }
  }

  report({ label: 'baseline: console -> its audience (1 viewer)', samples: baseline }, { label: 'every other page (worst of 4)', samples: worst }, [
    { label: '  on the facilitator console', samples: byViewer.get('console') ?? [] },
    { label: '  on the audience screen', samples: byViewer.get('audience') ?? [] },
    { label: '  on the other note-taker pages (each)', samples: byViewer.get('note-taker') ?? [] },
    { label: '  worst of 4, typed by a note-taker', samples: byWriter.get('note-taker') ?? [] },
    { label: '  worst of 4, typed on the console', samples: byWriter.get('console') ?? [] },
  ]);
});
