import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  accessibilityViolations,
  openWatchedPage,
  screenshotPath,
  seedDatabase,
  seedTrendReviews,
  startServeProcess,
  useBrowserTestSession,
} from '../harness/index.ts';

/** What the test reads of a canvas element (the tests are typed without the DOM's types). */
interface Canvas {
  width: number;
  height: number;
  getContext(kind: '2d'): { getImageData(x: number, y: number, width: number, height: number): { data: Uint8ClampedArray } } | null;
}

/** How many pixels of the canvas have exactly this colour: proof the chart was drawn, and in which scheme's colours. */
async function pixelsOf(page: Page, testId: string, rgb: readonly [number, number, number]): Promise<number> {
  return page
    .getByTestId(testId)
    .locator('canvas')
    .evaluate((element, colour) => {
      const canvas = element as unknown as Canvas;
      const context = canvas.getContext('2d');
      if (!context) return 0;
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      let found = 0;
      for (let index = 0; index < data.length; index += 4) {
        if (data[index] === colour[0] && data[index + 1] === colour[1] && data[index + 2] === colour[2]) found += 1;
      }
      return found;
    }, rgb);
}

const CHARTS = ['reviews-per-month', 'response-times', 'recurring-causes', 'follow-through'] as const;
/** --chart-sev1 in tokens.css, light and dark: the SEV1 bars of the reviews chart. */
const SEV1_LIGHT = [0xb0, 0x26, 0x1c] as const;
const SEV1_DARK = [0xff, 0x8a, 0x80] as const;

/** Issue 16's Trends view over the reviews of seedTrendReviews (figures worked out by hand in its comment). */
describe('the Trends view', () => {
  const session = useBrowserTestSession();

  it('says there is nothing yet when there are no reviews', async () => {
    const temp = session.newTempDir();
    const server = await startServeProcess(['--port', '0', '--db', temp.file('debrief.sqlite')]);
    const { page, problems } = await openWatchedPage(session.browser, server.url, { timezoneId: 'UTC', colorScheme: 'light' });
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Trends' }).click();
    await page.getByRole('heading', { level: 1, name: 'Trends' }).waitFor();
    await page.getByTestId('trends-empty').getByText('No reviews yet').waitFor();
    expect(await page.locator('canvas').count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('draws the four charts with their tables, saves a PNG, and redraws in dark mode', async () => {
    const temp = session.newTempDir();
    const file = temp.file('debrief.sqlite');
    await seedDatabase(file, (service) => seedTrendReviews(service));
    const server = await startServeProcess(['--port', '0', '--db', file]);
    const { page, problems } = await openWatchedPage(session.browser, `${server.url}#/trends`, {
      timezoneId: 'UTC',
      colorScheme: 'light',
      acceptDownloads: true,
      viewport: { width: 1280, height: 900 },
    });
    await page.getByRole('heading', { level: 1, name: 'Trends' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Trends' }).getAttribute('aria-current')).toBe('page');
    await expect.poll(() => page.getByTestId('trends-summary').textContent()).toBe('4 reviews, 2026-09 to 2026-11.');

    // Each chart is an image with a description; the reviews chart shows SEV1 bars in the light scheme's colour.
    for (const name of CHARTS) {
      const canvas = page.getByTestId(`trend-${name}`).locator('canvas');
      expect(await canvas.getAttribute('role')).toBe('img');
      expect(await canvas.getAttribute('aria-label')).toMatch(/The table below has the same figures\.$/);
    }
    await expect.poll(() => pixelsOf(page, 'trend-reviews-per-month', SEV1_LIGHT)).toBeGreaterThan(200);

    // The definitions sit next to the response times, and the reviews left out are counted and named.
    const times = page.getByTestId('trend-response-times');
    await times.getByText('Time to resolve: until the first timeline event marked resolution (not the incident end).').waitFor();
    expect(await page.getByTestId('trends-left-out').locator('p').first().textContent()).toBe(
      'Left out: time to detect 1 review, time to mitigate 1 review, time to resolve 2 reviews.',
    );
    await times.getByText('Which reviews, and why').click();
    await times.getByRole('link', { name: 'INC-102 Payments timeout' }).waitFor();

    // The tables hold the same figures as the charts.
    const rowsOf = async (name: string) => {
      const section = page.getByTestId(`trend-${name}`);
      await section.getByText('Show the figures as a table').click();
      return section.locator('table tbody tr').evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent ?? '')));
    };
    expect(await rowsOf('reviews-per-month')).toEqual([
      ['2026-09', '2', '1', '1', '0', '0', '0'],
      ['2026-10', '0', '0', '0', '0', '0', '0'],
      ['2026-11', '2', '0', '0', '1', '0', '1'],
    ]);
    expect(await rowsOf('response-times')).toEqual([
      ['2026-09', '21 min (2)', '50 min (2)', '1 h 30 min (1)'],
      ['2026-10', '—', '—', '—'],
      ['2026-11', '4 min (1)', '10 min (1)', '20 min (1)'],
    ]);
    expect(await rowsOf('recurring-causes')).toEqual([['PAYMENTS', 'Service', '3', '2026-09, 2026-11']]);
    expect(await rowsOf('follow-through')).toEqual([
      ['2026-09', '5', '2', '1', '2', '1', '50 %'],
      ['2026-10', '0', '0', '0', '0', '0', '—'],
      ['2026-11', '1', '0', '0', '1', '0', '0 %'],
    ]);
    expect(await accessibilityViolations(page)).toEqual([]);

    // Saving a chart downloads a PNG of it.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save as PNG: Reviews per month, by severity' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('debrief-trends-reviews-per-month.png');
    const png = fs.readFileSync(await download.path());
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.length).toBeGreaterThan(5_000);

    // Tables folded again for the screenshot, which shows the charts.
    for (const name of CHARTS) await page.getByTestId(`trend-${name}`).getByText('Show the figures as a table').click();
    // From the top, so the sticky header is where it belongs in the full-page picture.
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: screenshotPath('trends.png'), fullPage: true });

    // The system turns dark: the charts are drawn again in the dark scheme's colours, and still pass axe.
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => pixelsOf(page, 'trend-reviews-per-month', SEV1_DARK)).toBeGreaterThan(200);
    expect(await pixelsOf(page, 'trend-reviews-per-month', SEV1_LIGHT)).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: screenshotPath('trends-dark.png'), fullPage: true });

    // A period narrows every figure.
    await page.getByLabel('From month').fill('2026-11');
    await expect.poll(() => page.getByTestId('trends-summary').textContent()).toBe('2 reviews, 2026-11.');
    expect(problems).toEqual([]);
  });
});
