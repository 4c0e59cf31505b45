import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import {
  startServeProcess,
  callApi,
  expectPageProblems,
  openWatchedPage,
  screenshotPath,
  useBrowserTestSession,
  accessibilityViolations,
} from '../harness/index.ts';

describe('opening npm run serve in a browser', () => {
  const session = useBrowserTestSession();

  it('opens the printed address at the meeting it names, keeps no token in the address bar, and stays in after a reload', async () => {
    const temp = session.newTempDir();
    const server = await startServeProcess(['--port', '0', '--db', temp.file('debrief.sqlite')]);
    const meeting = await callApi<Meeting>(server, 'meetings.create', { title: 'Checkout outage', incidentId: 'INC-2041' });

    const { page, problems } = await openWatchedPage(session.browser, `${server.url}#/meetings/${meeting.id}`, { timezoneId: 'UTC' });
    await page.getByRole('heading', { level: 1, name: 'Checkout outage' }).waitFor();
    expect(page.url()).toBe(`${server.origin}/#/meetings/${meeting.id}`);

    const [cookie, ...others] = await page.context().cookies();
    expect(others).toEqual([]);
    expect(cookie).toMatchObject({ name: `debrief_token_${server.port}`, value: server.token, httpOnly: true, sameSite: 'Strict', path: '/' });
    // The page's own script cannot read it.
    expect(await page.evaluate(() => (globalThis as unknown as { document: { cookie: string } }).document.cookie)).toBe('');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Checkout outage' }).waitFor();
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('shows a browser without the token a page that says to open the printed address, and no meeting', async () => {
    const temp = session.newTempDir();
    const server = await startServeProcess(['--port', '0', '--db', temp.file('debrief.sqlite')]);
    const meeting = await callApi<Meeting>(server, 'meetings.create', { title: 'Payroll outage', incidentId: 'INC-7' });

    const watched = await openWatchedPage(session.browser, `${server.origin}/#/meetings/${meeting.id}`);
    const { page } = watched;
    // Chromium logs every 401 response as a console error; the 401 is what this test is about.
    expectPageProblems(watched, /^console: Failed to load resource: the server responded with a status of 401/);
    await page.getByRole('heading', { level: 1, name: 'Open the address printed by npm run serve' }).waitFor();
    expect(await page.getByText('Payroll outage').count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('serve-without-token.png') });

    // A token from an earlier launch fares no better.
    await page.goto(`${server.origin}/?token=${server.token.slice(1)}x#/meetings/${meeting.id}`);
    await page.getByRole('heading', { level: 1, name: 'Open the address printed by npm run serve' }).waitFor();
    expect(await page.context().cookies()).toEqual([]);
    await page.context().close();
  });
});
