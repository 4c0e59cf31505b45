import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  REPO_ROOT,
  startServeProcess,
  type ServeProcess,
  expectPageProblems,
  openWatchedPage,
  screenshotPath,
  useBrowserTestSession,
  addEvent,
  createMeeting,
  editForm,
  quickAddForm,
  shownTimeline,
  timelineRow,
  waitUntilAllSaved,
} from '../harness/index.ts';

const TITLE = 'Checkout errors after the 14:00 deploy';

describe('first slice in the browser: meetings and their timeline, kept across a server restart', () => {
  const session = useBrowserTestSession();

  const startServer = (databasePath: string, port = 0): Promise<ServeProcess> => startServeProcess(['--port', String(port), '--db', databasePath]);

  it('creates a meeting, edits its timeline, and finds every acknowledged change after the server is killed', async () => {
    const temp = session.newTempDir();
    const databasePath = temp.file('debrief.sqlite');
    const server = await startServer(databasePath);
    const watched = await openWatchedPage(session.browser, server.url, { timezoneId: 'Europe/Berlin', colorScheme: 'light' });
    const { page } = watched;
    // The server is killed and restarted below with a new token: the lost connection, the failed loads and the old
    // cookie's 401s meanwhile are expected.
    expectPageProblems(watched, /WebSocket|^console: Failed to load resource/);

    // The library starts empty and explains what to do.
    await expect.poll(() => page.getByText('No meetings yet').isVisible(), { timeout: 10_000 }).toBe(true);

    // A meeting without a title is refused next to the title field, and nothing is stored.
    await page.getByRole('button', { name: 'Create meeting' }).click();
    await expect.poll(() => page.getByText('Title must not be empty.').isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('form', { name: 'New meeting' }).getByLabel('Title').getAttribute('aria-invalid')).toBe('true');
    // So is a title of only zero-width and bidi characters: it would look empty everywhere.
    await page.getByRole('form', { name: 'New meeting' }).getByLabel('Title').fill('\u200b\u202e\u2066\u2069');
    await expect.poll(() => page.getByText('Title must not be empty.').count()).toBe(0);
    await page.getByRole('button', { name: 'Create meeting' }).click();
    await expect.poll(() => page.getByText('Title must not be empty.').isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('form', { name: 'New meeting' }).getByLabel('Title').getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => page.getByText('No meetings yet').isVisible()).toBe(true);

    // Creating a meeting opens it; back in the library it is listed.
    await createMeeting(page, { title: 'Search results stale for 40 minutes', incidentId: 'INC-1987', severity: 'SEV3' });
    await page.getByRole('link', { name: 'All meetings' }).click();
    await createMeeting(page, { title: TITLE, incidentId: 'INC-2041', severity: 'SEV2' });
    await page.getByRole('link', { name: 'All meetings' }).click();
    const listedRow = page.getByRole('row').filter({ hasText: TITLE });
    await expect.poll(() => listedRow.textContent()).toContain('INC-2041');
    await expect.poll(() => listedRow.textContent()).toContain('SEV2');
    await expect.poll(() => page.getByText('Title must not be empty.').count()).toBe(0);
    await page.mouse.move(0, 0);
    await screenshot(page, 'library.png');

    // Open it.
    await page.getByRole('link', { name: TITLE }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await expect.poll(() => page.getByText('INC-2041').first().isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Nothing on the timeline yet').isVisible()).toBe(true);

    // Three events, typed out of time order; Enter keeps the cursor in Description for the next one.
    await addEvent(page, { time: '14:07', description: 'On-call engineer paged by the error-rate alert', actor: 'PagerDuty' });
    await expect
      .poll(() =>
        quickAddForm(page)
          .getByLabel('Description')
          .evaluate((input) => input === input.ownerDocument.activeElement),
      )
      .toBe(true);
    await expect.poll(() => quickAddForm(page).getByLabel('Description').inputValue()).toBe('');
    await addEvent(page, { time: '14:00', description: 'Deploy of checkout v2.31 started', actor: 'CI/CD' });
    await addEvent(page, { time: '14:05:30', description: 'Error rate on /checkout rose above 5%', actor: 'Monitoring' });
    await waitUntilAllSaved(page);
    expect(await shownTimeline(page)).toEqual([
      { time: '14:00:00', description: 'Deploy of checkout v2.31 started', actor: 'CI/CD', status: 'saved' },
      { time: '14:05:30', description: 'Error rate on /checkout rose above 5%', actor: 'Monitoring', status: 'saved' },
      { time: '14:07:00', description: 'On-call engineer paged by the error-rate alert', actor: 'PagerDuty', status: 'saved' },
    ]);

    // A bad time is refused next to the Time field and the typed text stays.
    await addEvent(page, { time: '25:00', description: 'Should not be saved', actor: '' });
    await expect.poll(() => page.getByText('Time must have an hour from 00 to 23.').isVisible()).toBe(true);
    await expect.poll(() => quickAddForm(page).getByLabel('Description').inputValue()).toBe('Should not be saved');
    await quickAddForm(page).getByLabel('Time').fill('');
    await expect.poll(() => page.getByText('Time must have an hour from 00 to 23.').count()).toBe(0);
    await quickAddForm(page).getByLabel('Description').fill('');

    // Edit: double-click a row, change time and wording, Enter saves; the row moves to its new place.
    await timelineRow(page, 'On-call engineer paged').dblclick();
    await editForm(page).getByLabel('Time').fill('14:03');
    await editForm(page).getByLabel('Description').fill('On-call engineer paged by the checkout error-rate alert');
    await editForm(page).getByLabel('Description').press('Enter');
    await expect.poll(() => editForm(page).count()).toBe(0);
    await waitUntilAllSaved(page);

    // Escape cancels an edit and puts everything back.
    await page.getByRole('button', { name: 'Edit: Error rate on /checkout rose above 5%' }).click();
    await editForm(page).getByLabel('Description').fill('Something nobody said');
    await editForm(page).getByLabel('Description').press('Escape');
    await expect.poll(() => editForm(page).count()).toBe(0);

    expect(await shownTimeline(page)).toEqual([
      { time: '14:00:00', description: 'Deploy of checkout v2.31 started', actor: 'CI/CD', status: 'saved' },
      { time: '14:03:00', description: 'On-call engineer paged by the checkout error-rate alert', actor: 'PagerDuty', status: 'saved' },
      { time: '14:05:30', description: 'Error rate on /checkout rose above 5%', actor: 'Monitoring', status: 'saved' },
    ]);
    await page.mouse.move(0, 0);
    await quickAddForm(page).getByLabel('Description').focus();
    // The console's README screenshots come from run-meeting.test.ts; this one is only kept with the test results.
    await page.screenshot({ path: path.join(REPO_ROOT, 'test-results', 'screenshots', 'first-slice-timeline.png') });

    // Delete, then undo: the same event comes back.
    await page.getByRole('button', { name: 'Delete: Deploy of checkout v2.31 started' }).click();
    await expect.poll(() => timelineRow(page, 'Deploy of checkout v2.31 started').count()).toBe(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => timelineRow(page, 'Deploy of checkout v2.31 started').count()).toBe(1);
    await waitUntilAllSaved(page);

    // Delete another for good.
    await page.getByRole('button', { name: 'Delete: Error rate on /checkout rose above 5%' }).click();
    await page.getByRole('button', { name: 'Undo' }).waitFor();
    // No event left has seconds, so the list shows minutes again.
    const expectedAfterRestart = [
      { time: '14:00', description: 'Deploy of checkout v2.31 started', actor: 'CI/CD', status: 'saved' },
      { time: '14:03', description: 'On-call engineer paged by the checkout error-rate alert', actor: 'PagerDuty', status: 'saved' },
    ];
    expect(await shownTimeline(page)).toEqual(expectedAfterRestart);

    // Kill the server outright (no clean shutdown) and start it again on the same port and database.
    const port = server.port;
    server.child.kill('SIGKILL');
    await server.exited;
    await expect.poll(() => page.getByText('Lost the connection to Debrief').isVisible()).toBe(true);
    const restarted = await startServer(databasePath, port);
    expect(restarted.port).toBe(port);
    // A new launch has a new token: the page says to open the address printed this time, and then all is there.
    expect(restarted.token).not.toBe(server.token);
    await page.getByText('Debrief was started again, with a new access token: open the address that npm run serve printed').waitFor({ timeout: 15_000 });
    await page.goto(`${restarted.url}${new URL(page.url()).hash}`);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(await page.getByText('Lost the connection to Debrief').count()).toBe(0);
    await expect.poll(() => shownTimeline(page)).toEqual(expectedAfterRestart);

    // Back in the library the count reflects the timeline.
    await page.getByRole('link', { name: 'All meetings' }).click();
    await expect.poll(() => page.getByRole('row').filter({ hasText: TITLE }).locator('.meeting-table__count').textContent()).toBe('2');

    // While the server was down or knew only the new token, reconnects and the page's "does it still know me?" were refused.
    await page.context().close();
  });

  it('keeps two windows on the same meeting in step', async () => {
    const temp = session.newTempDir();
    const server = await startServer(temp.file('debrief.sqlite'));
    const first = await openWatchedPage(session.browser, server.url, { timezoneId: 'UTC' });
    await createMeeting(first.page, { title: 'Queue backlog', incidentId: 'INC-3000' });
    // Another browser: it opens the printed address too, with the meeting's route after it.
    const second = await openWatchedPage(session.browser, `${server.url}${new URL(first.page.url()).hash}`, { timezoneId: 'UTC' });
    await second.page.getByRole('heading', { level: 1, name: 'Queue backlog' }).waitFor();

    await addEvent(first.page, { time: '09:15', description: 'Consumer lag alert fired', actor: 'Monitoring' });
    await expect.poll(() => second.page.getByText('Consumer lag alert fired').count()).toBe(1);

    await addEvent(second.page, { time: '09:10', description: 'Batch import started', actor: 'Scheduler' });
    await expect
      .poll(async () => (await shownTimeline(first.page)).map((event) => event.description))
      .toEqual(['Batch import started', 'Consumer lag alert fired']);

    await second.page.getByRole('button', { name: 'Delete: Consumer lag alert fired' }).click();
    await expect.poll(() => first.page.getByText('Consumer lag alert fired').count()).toBe(0);

    expect([...first.problems, ...second.problems]).toEqual([]);
    await first.page.context().close();
    await second.page.context().close();
  });
});

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: screenshotPath(name) });
}
