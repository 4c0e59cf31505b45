/**
 * `node bench/screen-focus.ts` (npm run bench:screen): how long the shared screen takes to follow the facilitator's
 * focus. A review of GitLab's size (26 events over two days) is open in its timeline section on the console (1366×768)
 * and on the audience screen (1920×1080); the console presses J and K in turn, and each press is timed from the key
 * going down on the console to the audience screen showing that event, whole, as the focused item. The baseline, in
 * the same run, is the live path every edit takes: on a second copy of the review, open the same way with nothing
 * focused, an event typed on the console (Enter) until its audience screen shows it; the two take turns. A real server on 127.0.0.1, the built renderer, Chromium through playwright-core.
 * Prints figures and the ratio; never fails. Needs `npm run build` (out/renderer) first.
 */
import type { Page } from 'playwright-core';
import { seedGitLabSizedReview } from '../test/harness/index.ts';
import { entryField, lastEnterAt, machineLine, percentile, runLiveBench, timeEnterKey, whenVisible } from './live-pages.ts';

const MEASURED = 40;
const WARM_UP = 4;
const TARGET_P95_MS = 100;
const LABEL_WIDTH = 46;

interface PageWindow {
  addEventListener(type: string, listener: (event: { key: string }) => void, options: { capture: boolean }): void;
  benchKeyAt?: number;
}

/** Makes the console remember when J or K went down, before the app's own handlers see it. */
async function timeFocusKeys(page: Page): Promise<void> {
  await page.evaluate(() => {
    const page = globalThis as unknown as PageWindow;
    page.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'j' || event.key === 'k') page.benchKeyAt = performance.timeOrigin + performance.now();
      },
      { capture: true },
    );
  });
}

async function press(consolePage: Page, audience: Page, key: 'j' | 'k', expected: string): Promise<number> {
  const seen = whenVisible(audience, expected, 'the audience screen’s focused item', '[data-testid="audience-focused"]');
  await consolePage.evaluate(() => (globalThis as unknown as { document: { activeElement: { blur?: () => void } | null } }).document.activeElement?.blur?.());
  await consolePage.keyboard.press(key);
  const shownAt = await seen;
  const keyAt = await consolePage.evaluate(() => (globalThis as unknown as PageWindow).benchKeyAt ?? Number.NaN);
  return shownAt - keyAt;
}

async function typeOne(consolePage: Page, audience: Page, text: string): Promise<number> {
  const seen = whenVisible(audience, text, 'the audience screen');
  const field = await entryField(consolePage);
  await field.fill(text);
  await field.press('Enter');
  const shownAt = await seen;
  return shownAt - (await lastEnterAt(consolePage));
}

function report(rows: { label: string; samples: number[] }[], baseline: number[], focus: number[]): void {
  const ms = (value: number) => value.toFixed(1).padStart(8);
  console.log(`${'key -> shown on the audience screen'.padEnd(LABEL_WIDTH)}   p50 ms   p95 ms   p99 ms      n`);
  for (const row of rows) {
    console.log(
      `${row.label.padEnd(LABEL_WIDTH)} ${ms(percentile(row.samples, 50))} ${ms(percentile(row.samples, 95))} ${ms(percentile(row.samples, 99))} ${String(row.samples.length).padStart(6)}`,
    );
  }
  const ratio = (p: number) => (percentile(focus, p) / percentile(baseline, p)).toFixed(2).padStart(8);
  console.log(`${'ratio (focus / baseline)'.padEnd(LABEL_WIDTH)} ${ratio(50)} ${ratio(95)} ${ratio(99)}`);
  console.log('');
  const p95 = percentile(focus, 95);
  console.log(`target: the audience follows a focus change within ${TARGET_P95_MS} ms p95: ${p95 < TARGET_P95_MS ? 'holds' : 'MISSED'} (${p95.toFixed(1)} ms)`);
}

await runLiveBench(
  'bench:screen',
  async () => null,
  async (browser, server) => {
    const review = await seedGitLabSizedReview(server);
    const copy = await seedGitLabSizedReview(server);
    const open = async (hash: string, width: number, height: number) => {
      const context = await browser.newContext({ viewport: { width, height }, timezoneId: 'UTC' });
      const page = await context.newPage();
      page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
      await page.goto(`${server.url}${hash}`);
      return page;
    };
    const openRoom = async (meetingId: string) => {
      const consolePage = await open(`#/meetings/${meetingId}`, 1366, 768);
      const audience = await open(`#/meetings/${meetingId}/audience?theme=dark`, 1920, 1080);
      await consolePage.getByTestId('clock-status').waitFor();
      await audience.getByTestId('audience-clock').waitFor();
      // Into the timeline walkthrough: start, then one section on.
      for (const key of ['Space', 'PageDown']) {
        await consolePage.keyboard.press(key);
        await consolePage.waitForTimeout(300);
      }
      await audience.getByTestId('audience-timeline').waitFor();
      return { consolePage, audience };
    };
    const { consolePage, audience } = await openRoom(review.meetingId);
    const baselineRoom = await openRoom(copy.meetingId);
    await timeFocusKeys(consolePage);
    await timeEnterKey(baselineRoom.consolePage);

    console.log(`Debrief shared-screen focus benchmark: ${MEASURED} presses of J and K on the console, after ${WARM_UP} untimed ones,`);
    console.log(
      `on a review of ${review.events.length} events; the baseline types ${MEASURED} events on a second copy's console in the same run, taking turns`,
    );
    console.log(machineLine(browser));
    console.log('');

    const focus: number[] = [];
    const forward: number[] = [];
    const back: number[] = [];
    const baseline: number[] = [];
    let index = -1;
    for (let turn = -WARM_UP; turn < MEASURED; turn += 1) {
      // Walk down the timeline with J, and back up with K at its end, as a walkthrough goes.
      const key = turn % 10 < 7 || index <= 0 ? 'j' : 'k';
      index = Math.max(0, Math.min(review.events.length - 1, index + (key === 'j' ? 1 : -1)));
      const expected = review.events[index]?.description ?? '';
      const elapsed = await press(consolePage, audience, key, expected);
      const typed = await typeOne(baselineRoom.consolePage, baselineRoom.audience, `Benchmark note ${turn + WARM_UP}: checked the replication dashboard`);
      if (turn < 0) continue;
      focus.push(elapsed);
      (key === 'j' ? forward : back).push(elapsed);
      baseline.push(typed);
    }
    report(
      [
        { label: 'baseline: an event typed on the console', samples: baseline },
        { label: 'focus change (J or K)', samples: focus },
        { label: '  J, to the next event', samples: forward },
        { label: '  K, to the previous event', samples: back },
      ],
      baseline,
      focus,
    );
  },
);
