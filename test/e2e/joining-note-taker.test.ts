import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  rawRequest,
  startServeProcess,
  startTcpProxy,
  type TcpProxy,
  expectPageProblems,
  openWatchedPage,
  screenshotPath,
  useBrowserTestSession,
  consoleSectionTitle,
  createAndOpenMeeting,
  timelineRow,
  timelineRows,
  freePort,
  callAs,
  openPrepare,
  pressOnConsole,
} from '../harness/index.ts';

const TITLE = 'Search index lagging behind writes';

/** The stored timeline, read from the facilitator's page through the app's own API. */
async function storedDescriptions(page: Page, meetingId: string): Promise<string[]> {
  return page.evaluate(async (meeting) => {
    const response = await fetch('/api/call/timeline.list', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ meetingId: meeting }),
    });
    return ((await response.json()) as { result: Array<{ description: string }> }).result.map((event) => event.description);
  }, meetingId);
}

describe('a note-taker joins from their own browser', () => {
  const session = useBrowserTestSession();
  let proxy: TcpProxy | null = null;
  afterEach(async () => {
    await proxy?.close();
    proxy = null;
  });

  it('pairs with the code, types events that reach the console and the shared screen, and loses nothing when the connection drops', async () => {
    const temp = session.newTempDir();
    const server = await startServeProcess(['--port', '0', '--db', temp.file('debrief.sqlite')]);
    const { page } = await openWatchedPage(session.browser, server.url, { timezoneId: 'UTC', viewport: { width: 1600, height: 1000 } });
    const meetingId = await createAndOpenMeeting(page, { title: TITLE, incidentId: 'INC-6002' });

    // The facilitator starts the meeting, moves to the timeline, and lets note-takers join on loopback.
    await expect.poll(() => consoleSectionTitle(page).textContent()).toBe('Opening');
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Pause', exact: true }).waitFor();
    await pressOnConsole(page, 'PageDown');
    await expect.poll(() => consoleSectionTitle(page).textContent()).toBe('Timeline walkthrough');
    const panel = (await openPrepare(page)).getByTestId('join-panel');
    await panel.getByLabel('Network').selectOption('127.0.0.1');
    const joinPort = await freePort();
    await panel.getByLabel('Port').fill(String(joinPort));
    await panel.getByRole('button', { name: 'Let note-takers join' }).click();
    await expect.poll(() => panel.getByTestId('join-url').textContent()).toBe(`http://127.0.0.1:${joinPort}/`);
    const code = (await panel.getByTestId('join-code').getAttribute('data-code')) ?? '';
    const room = await openWatchedPage(session.browser, `${server.url}#/meetings/${meetingId}/audience`, { timezoneId: 'UTC' });
    await room.page.getByTestId('audience').waitFor();

    // The note-taker's laptop reaches the join server through a link the test can cut, like the room's Wi-Fi.
    proxy = await startTcpProxy(joinPort);
    const laptop = await openWatchedPage(session.browser, `http://127.0.0.1:${proxy.port}/`, { timezoneId: 'UTC', viewport: { width: 1280, height: 900 } });
    const noteTaker = laptop.page;
    // Before pairing, the page's session check is answered 401, the test types a wrong code, cuts the link and at the
    // end removes the note-taker: Chromium logs each refused or broken request and WebSocket.
    expectPageProblems(laptop, /^console: (Failed to load resource|WebSocket connection to '[^']+' failed)/);
    await noteTaker.getByRole('heading', { name: 'Join the review' }).waitFor();
    await noteTaker.getByLabel('Your name').fill('Priya');
    const wrong = code === '000000' ? '111111' : '000000';
    await noteTaker.getByLabel('Code from the facilitator’s screen').fill(wrong);
    await noteTaker.getByRole('button', { name: 'Join' }).click();
    await expect.poll(() => noteTaker.getByRole('alert').first().textContent()).toContain('That code is not right');
    await noteTaker.getByLabel('Code from the facilitator’s screen').fill(code);
    await noteTaker.getByRole('button', { name: 'Join' }).click();
    await expect.poll(() => noteTaker.getByTestId('note-taker-name').textContent()).toBe('Priya');
    await expect.poll(() => noteTaker.getByTestId('note-taker-now').textContent()).toContain('Timeline walkthrough');

    // What a note-taker does not get: timer and agenda controls, export, other meetings, importing.
    for (const name of ['Pause', 'Next →', 'Export report…', 'Import timeline…', 'Open audience screen']) {
      expect(await noteTaker.getByRole('button', { name, exact: true }).count(), name).toBe(0);
    }
    expect(await noteTaker.getByRole('link', { name: /All meetings/ }).count()).toBe(0);

    // Ten events typed at speed on the quick-entry line show on the console and the shared screen.
    const line = noteTaker.getByRole('form', { name: 'Quick entry' }).getByLabel('Quick entry');
    await line.click();
    for (let index = 0; index < 10; index += 1) {
      await noteTaker.keyboard.type(`09:${String(index).padStart(2, '0')} Replica lag step ${index + 1} @search`);
      await noteTaker.keyboard.press('Enter');
    }
    await expect.poll(() => timelineRows(page).count()).toBe(10);
    await expect.poll(() => room.page.getByText('Replica lag step 10').count()).toBeGreaterThan(0);
    await noteTaker.screenshot({ path: screenshotPath('joining-note-taker.png') });

    // The Wi-Fi fails halfway: two events reach the server but their answers never come back, then the link drops
    // and a third is typed offline. All stay on the note-taker's screen and go out again when the link returns.
    const sentSinceTheDrop: string[] = [];
    noteTaker.on('websocket', (socket) => socket.on('framesent', (frame) => sentSinceTheDrop.push(String(frame.payload))));
    proxy.muteAnswers();
    for (let index = 10; index < 12; index += 1) {
      await noteTaker.keyboard.type(`09:${index} Replica lag step ${index + 1} @search`);
      await noteTaker.keyboard.press('Enter');
    }
    await expect.poll(() => storedDescriptions(page, meetingId)).toHaveLength(12);
    expect(await noteTaker.locator('.timeline-row[data-status="saving"]').count()).toBe(2);
    proxy.cut();
    await expect
      .poll(() => noteTaker.getByRole('status').filter({ hasText: 'Lost the connection to the facilitator’s laptop' }).count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
    await noteTaker.keyboard.type('09:12 Replica lag step 13 @search');
    await noteTaker.keyboard.press('Enter');
    await expect.poll(() => timelineRows(noteTaker).count()).toBe(13);
    // Meanwhile the facilitator writes one the note-taker cannot hear about yet.
    const [first] = (await callAs(page, 'timeline.list', { meetingId })).body.result as Array<{ occurredAt: number }>;
    const halfAnHourLater = (first?.occurredAt ?? 0) + 30 * 60_000;
    expect((await callAs(page, 'timeline.add', { meetingId, occurredAt: halfAnHourLater, description: 'Failover to replica 2 finished' })).status).toBe(200);
    expect(await storedDescriptions(page, meetingId)).toHaveLength(13);
    proxy.restore();

    const expected = [...Array.from({ length: 13 }, (_, index) => `Replica lag step ${index + 1}`), 'Failover to replica 2 finished'];
    await expect.poll(() => storedDescriptions(page, meetingId), { timeout: 20_000 }).toEqual(expected);
    await expect.poll(() => timelineRows(page).count()).toBe(14);
    await expect.poll(() => noteTaker.locator('.timeline-row[data-status="saved"]').count(), { timeout: 20_000 }).toBe(14);
    expect(await storedDescriptions(page, meetingId)).toEqual(expected);
    // The note-taker caught up from the last revision it saw, without reading the whole timeline again.
    const asked = sentSinceTheDrop.map((frame) => (JSON.parse(frame) as { method?: string }).method);
    expect(asked).toContain('changes.since');
    expect(asked).not.toContain('timeline.list');

    // Refused from outside the browser: no session cookie, a foreign Origin, and a path that climbs out of the app folder.
    const noCookie = await rawRequest({
      port: joinPort,
      path: '/api/call/timeline.list',
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ meetingId }),
    });
    expect(noCookie.status).toBe(401);
    const foreign = await rawRequest({ port: joinPort, path: '/join/session', headers: { origin: 'http://evil.example' } });
    expect(foreign.status).toBe(403);
    const traversal = await rawRequest({ port: joinPort, path: '/../../package.json' });
    expect(traversal.status).toBeGreaterThanOrEqual(400);
    expect(traversal.body).not.toContain('"devDependencies"');
    expect(await storedDescriptions(page, meetingId)).toEqual(expected);

    // Removed while their link was down with one entry still unsent: the page says so instead of retrying forever,
    // lists the entry to copy, and Join again leads back to the pairing page.
    proxy.cut();
    await noteTaker.keyboard.type('09:13 Written after the link dropped @search');
    await noteTaker.keyboard.press('Enter');
    await panel.getByRole('button', { name: 'Remove Priya' }).click();
    await panel.getByRole('button', { name: 'Remove Priya' }).click();
    await panel.getByText('Nobody yet.').waitFor();
    proxy.restore();
    const ended = noteTaker.getByTestId('session-ended');
    await ended.waitFor({ timeout: 15_000 });
    expect(await ended.getByRole('heading').textContent()).toBe('You are no longer joined to this review');
    expect(await ended.getByLabel('Entries not sent').inputValue()).toBe('Timeline: Written after the link dropped (search)');
    await noteTaker.screenshot({ path: screenshotPath('joining-removed.png') });
    expect(await storedDescriptions(page, meetingId)).toEqual(expected);
    await ended.getByRole('button', { name: 'Join again' }).click();
    await noteTaker.getByRole('heading', { name: 'Join the review' }).waitFor();

    // Paired again from the same browser, what had not arrived is sent at last, once.
    await noteTaker.getByLabel('Your name').fill('Priya');
    await noteTaker.getByLabel('Code from the facilitator’s screen').fill(code);
    await noteTaker.getByRole('button', { name: 'Join' }).click();
    await expect
      .poll(() => storedDescriptions(page, meetingId), { timeout: 10_000 })
      .toEqual([...expected.slice(0, 13), 'Written after the link dropped', expected[13]]);
    await timelineRow(noteTaker, 'Written after the link dropped').waitFor();
  });
});
