import { describe, expect, it } from 'vitest';
import {
  startServeProcess,
  expectPageProblems,
  openWatchedPage,
  screenshotPath,
  useBrowserTestSession,
  createAndOpenMeeting,
  timelineRows,
  freePort,
  callAs,
  rawRequest,
  accessibilityViolations,
  openPrepare,
} from '../harness/index.ts';

const TITLE = 'Login failures after the certificate rotation';

describe('letting note-takers join, from the facilitator console', () => {
  const session = useBrowserTestSession();

  it('turns joining on, shows address, QR code and code, pairs a note-taker whose events appear live, and removes them', async () => {
    const temp = session.newTempDir();
    const server = await startServeProcess(['--port', '0', '--db', temp.file('debrief.sqlite')]);
    const { page, problems } = await openWatchedPage(session.browser, server.url, { timezoneId: 'UTC', viewport: { width: 1920, height: 1080 } });
    const meetingId = await createAndOpenMeeting(page, { title: TITLE, incidentId: 'INC-6001' });

    const panel = (await openPrepare(page)).getByTestId('join-panel');
    await panel.getByText(/^Off\./).waitFor();
    // Loopback keeps the test on this machine; the same panel lists the room's network when there is one.
    await panel.getByLabel('Network').selectOption('127.0.0.1');
    await panel.getByLabel('Port').fill('80');
    await panel.getByRole('button', { name: 'Let note-takers join' }).click();
    await expect.poll(() => panel.locator('.field__error').textContent()).toBe('Port must be between 1024 and 65535.');
    const port = await freePort();
    await panel.getByLabel('Port').fill(String(port));
    await panel.getByRole('button', { name: 'Let note-takers join' }).click();

    const joinUrl = `http://127.0.0.1:${port}/`;
    await expect.poll(() => panel.getByTestId('join-url').textContent()).toBe(joinUrl);
    await panel.getByRole('img', { name: `QR code of ${joinUrl}` }).waitFor();
    const code = (await panel.getByTestId('join-code').getAttribute('data-code')) ?? '';
    expect(code).toMatch(/^\d{6}$/);
    expect(await panel.getByTestId('join-code').textContent()).toBe(`${code.slice(0, 3)} ${code.slice(3)}`);

    // A new code replaces the old one.
    await panel.getByRole('button', { name: 'New code' }).click();
    await expect.poll(() => panel.getByTestId('join-code').getAttribute('data-code')).not.toBe(code);
    const newCode = (await panel.getByTestId('join-code').getAttribute('data-code')) ?? '';

    // The shared screen shows the address and code only when asked.
    const room = await openWatchedPage(session.browser, `${server.url}#/meetings/${meetingId}/audience`, {
      timezoneId: 'UTC',
      viewport: { width: 1920, height: 1080 },
    });
    await room.page.getByTestId('audience').waitFor();
    expect(await room.page.getByTestId('audience-join').count()).toBe(0);
    await panel.getByLabel('Show the address and code on the shared screen').check();
    await expect.poll(() => room.page.getByTestId('audience-join').textContent()).toContain(`${newCode.slice(0, 3)} ${newCode.slice(3)}`);
    expect(await room.page.getByTestId('audience-join').textContent()).toContain(joinUrl);

    // A note-taker's browser: the old code is refused, the new one pairs, and what they add shows on both screens.
    const noteTaker = await openWatchedPage(session.browser, joinUrl, { timezoneId: 'UTC' });
    // The test removes this note-taker and then turns joining off: the refused calls and the lost server are the point.
    expectPageProblems(noteTaker, /^console: Failed to load resource: (the server responded with a status of 401|net::ERR_CONNECTION_REFUSED)/);
    const pair = (pairCode: string) =>
      noteTaker.page.evaluate(
        async (body) => {
          const response = await fetch('/join/pair', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
          return response.status;
        },
        { name: 'Priya', code: pairCode },
      );
    expect(await pair(code)).toBe(401);
    expect(await pair(newCode)).toBe(200);
    await expect.poll(() => panel.getByTestId('join-people').textContent()).toContain('Priya');

    const firstAt = Date.UTC(2026, 10, 23, 9, 0);
    for (let index = 0; index < 10; index += 1) {
      const added = await callAs(noteTaker.page, 'timeline.add', {
        meetingId,
        occurredAt: firstAt + index * 60_000,
        description: `Note-taker event ${index + 1}`,
      });
      expect(added.status).toBe(200);
    }
    await expect.poll(() => timelineRows(page).count()).toBe(10);
    await page.screenshot({ path: screenshotPath('joining-console.png') });
    await room.page.screenshot({ path: screenshotPath('joining-audience.png') });

    // Removed: the next call from that browser is refused and changes nothing.
    await panel.getByRole('button', { name: 'Remove Priya' }).click();
    await panel.getByRole('button', { name: 'Remove Priya' }).click();
    await expect
      .poll(async () => (await callAs(noteTaker.page, 'timeline.add', { meetingId, occurredAt: firstAt, description: 'After removal' })).status)
      .toBe(401);
    expect(await timelineRows(page).count()).toBe(10);

    // Off: the join address stops answering.
    await panel.getByRole('button', { name: 'Stop joining' }).click();
    await panel.getByText(/^Off\./).waitFor();
    await expect
      .poll(() =>
        noteTaker.page.evaluate(() =>
          fetch('/join/session').then(
            () => 'answered',
            () => 'refused',
          ),
        ),
      )
      .toBe('refused');
    expect(problems).toEqual([]);
  });

  it('tells the facilitator when 20 wrong codes replaced the code, and shows the new one', async () => {
    const temp = session.newTempDir();
    const server = await startServeProcess(['--port', '0', '--db', temp.file('debrief.sqlite')]);
    const { page, problems } = await openWatchedPage(session.browser, server.url, { timezoneId: 'UTC', viewport: { width: 1600, height: 1000 } });
    await createAndOpenMeeting(page, { title: TITLE, incidentId: 'INC-6002' });
    const panel = (await openPrepare(page)).getByTestId('join-panel');
    await panel.getByLabel('Network').selectOption('127.0.0.1');
    const port = await freePort();
    await panel.getByLabel('Port').fill(String(port));
    await panel.getByRole('button', { name: 'Let note-takers join' }).click();
    await panel.getByTestId('join-code').waitFor();
    const code = (await panel.getByTestId('join-code').getAttribute('data-code')) ?? '';
    expect(await panel.getByTestId('join-notice').count()).toBe(0);

    // Twenty guessers on the room's network, one wrong code each: none of them is locked out.
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 20; i++) {
      const reply = await rawRequest({
        port,
        from: `127.0.0.${i + 2}`,
        path: '/join/pair',
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: `Guesser ${i + 1}`, code: wrong }),
      });
      expect(reply.status).toBe(401);
    }

    await expect
      .poll(() => panel.getByTestId('join-notice').textContent(), { timeout: 5_000 })
      .toBe('20 wrong codes were tried, so the code was replaced. People already joined stay in; give newcomers the new code.');
    const replaced = (await panel.getByTestId('join-code').getAttribute('data-code')) ?? '';
    expect(replaced).toMatch(/^\d{6}$/);
    expect(replaced).not.toBe(code);
    expect(await accessibilityViolations(page, '[data-testid="join-panel"]')).toEqual([]);
    await panel.screenshot({ path: screenshotPath('joining-code-replaced.png') });

    // New code, chosen by the facilitator, puts the notice away.
    await panel.getByRole('button', { name: 'New code' }).click();
    await expect.poll(() => panel.getByTestId('join-notice').count()).toBe(0);
    expect(problems).toEqual([]);
  });
});
