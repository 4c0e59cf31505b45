import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import { accessibilityViolations, callApi, openWatchedPage, startServeProcess, useBrowserTestSession } from '../harness/index.ts';

const WAIT = { timeout: 10_000 };
const TITLE = 'Checkout errors after the deploy';
const OTHER = 'Search latency during the sale';
/** Right-to-left text in a snippet, to see it kept apart from what follows it. */
const ARABIC = 'تعطل الدفع';

describe('library search (issue 16): / then type, see the matches marked, open one', () => {
  const session = useBrowserTestSession();

  it('finds a timeline event across reviews with the keyboard alone, shows no-results, and passes axe', async () => {
    const temp = session.newTempDir();
    const server = await startServeProcess(['--port', '0', '--db', temp.file('debrief.sqlite')]);
    const checkout = await callApi<Meeting>(server, 'meetings.create', { title: TITLE, incidentId: 'INC-2041', severity: 'SEV2' });
    await callApi(server, 'timeline.add', {
      meetingId: checkout.id,
      occurredAt: Date.UTC(2026, 1, 3, 14, 5),
      description: `Connection pool exhausted on the primary <b>database</b> ${ARABIC}`,
    });
    const other = await callApi<Meeting>(server, 'meetings.create', { title: OTHER, incidentId: 'INC-2042' });
    await callApi(server, 'actions.add', { meetingId: other.id, title: 'Size the connection pool from load tests' });

    const { page, problems } = await openWatchedPage(session.browser, server.url, { timezoneId: 'UTC', viewport: { width: 1366, height: 768 } });
    await page.getByRole('row').filter({ hasText: TITLE }).waitFor(WAIT);

    // / puts the cursor in the box; typing searches as the words come.
    await page.keyboard.press('/');
    const box = page.getByRole('searchbox', { name: 'Search all reviews' });
    await expect.poll(() => box.evaluate((element) => element === element.ownerDocument.activeElement), WAIT).toBe(true);
    expect(await box.inputValue()).toBe('');
    await page.keyboard.type('pool exh');
    const results = page.getByRole('list', { name: 'Reviews that match, best first' });
    const first = results.getByRole('link').first();
    await expect.poll(() => results.getByRole('link').count(), WAIT).toBe(1);
    expect(await first.textContent()).toContain(TITLE);
    expect(await first.textContent()).toContain('Timeline event:');
    expect(await results.locator('mark').allTextContents()).toEqual(['pool', 'exhausted']);
    // Typed markup stays text.
    expect(await results.locator('b').count()).toBe(0);
    expect(await first.textContent()).toContain('<b>database</b>');
    expect(await page.getByRole('status').filter({ hasText: 'review' }).textContent()).toBe('1 review matches, best first.');

    // A word both reviews have: both listed.
    await box.fill('connection');
    await expect.poll(() => results.getByRole('link').count(), WAIT).toBe(2);
    expect(await accessibilityViolations(page), 'search results, light').toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await accessibilityViolations(page), 'search results, dark').toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });

    // Hostile text is only words: no error, and the no-results state says so.
    await box.fill('NEAR("unicorn* OR');
    await page.getByText('Nothing matches').waitFor(WAIT);
    expect(await results.count()).toBe(0);
    expect(await accessibilityViolations(page), 'no results').toEqual([]);

    // Escape clears; the arrow keys walk from the box into the results, Enter opens the review.
    await page.keyboard.press('Escape');
    expect(await box.inputValue()).toBe('');
    await page.keyboard.type(ARABIC);
    await expect.poll(() => results.getByRole('link').count(), WAIT).toBe(1);
    await page.keyboard.press('ArrowDown');
    expect(await first.evaluate((element) => element === element.ownerDocument.activeElement)).toBe(true);
    await page.keyboard.press('ArrowUp');
    expect(await box.evaluate((element) => element === element.ownerDocument.activeElement)).toBe(true);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor(WAIT);
    expect(page.url()).toContain(`#/meetings/${checkout.id}`);
    expect(problems).toEqual([]);
  });
});
