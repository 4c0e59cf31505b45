import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  startServeProcess,
  callAs,
  expectPageProblems,
  lossyLink,
  letNoteTakersJoin,
  openWatchedPage,
  pairNoteTakerPage,
  screenshotPath,
  useBrowserTestSession,
  consoleSectionTitle,
  createAndOpenMeeting,
  timelineRow,
} from '../harness/index.ts';

const TITLE = 'Payments API timed out after a config push';
/** What a note-taker's page says while it waits for the facilitator's laptop to come back. */
const RECONNECTING = /Reconnecting…/;

async function call(page: Page, method: string, input: unknown): Promise<unknown> {
  const { status, body } = await callAs(page, method, input);
  if (status !== 200 || !body.ok) throw new Error(`${method} answered ${status}: ${JSON.stringify(body)}`);
  return body.result;
}

async function storedDescriptions(page: Page, meetingId: string): Promise<string[]> {
  return ((await call(page, 'timeline.list', { meetingId })) as Array<{ description: string }>).map((event) => event.description);
}

/** The facilitator's console on a meeting at its timeline section, with note-takers allowed to join. */
async function meetingOpenToJoin(session: ReturnType<typeof useBrowserTestSession>) {
  const temp = session.newTempDir();
  const server = await startServeProcess(['--port', '0', '--db', temp.file('debrief.sqlite')]);
  const facilitator = await openWatchedPage(session.browser, server.url, { timezoneId: 'UTC', viewport: { width: 1600, height: 1000 } });
  const page = facilitator.page;
  const meetingId = await createAndOpenMeeting(page, { title: TITLE, incidentId: 'INC-7014' });
  await call(page, 'timer.start', { meetingId });
  await call(page, 'timer.next', { meetingId });
  await expect.poll(() => consoleSectionTitle(page).textContent()).toBe('Timeline walkthrough');
  const join = await letNoteTakersJoin(page, meetingId);
  return { server, facilitator, page, meetingId, join };
}

async function typeEvent(page: Page, line: string): Promise<void> {
  await page.getByRole('form', { name: 'Quick entry' }).getByLabel('Quick entry').fill(line);
  await page.keyboard.press('Enter');
}

describe('a note-taker whose facilitator stops joining', () => {
  const session = useBrowserTestSession();

  it('says that joining has ended, lists what was not sent, and stops trying to reconnect (as a removed person’s page does)', async () => {
    const { facilitator, page, meetingId, join } = await meetingOpenToJoin(session);
    let link: Awaited<ReturnType<typeof lossyLink>> | undefined;
    const laptop = await pairNoteTakerPage(session.browser, join, 'Priya', async (pairing) => {
      link = await lossyLink(pairing);
    });
    const noteTaker = laptop.page;
    if (!link) throw new Error('the link was not put in');

    const other = await pairNoteTakerPage(session.browser, join, 'Sam');
    let socketsOfOther = 0;
    other.page.on('websocket', () => (socketsOfOther += 1));

    await typeEvent(noteTaker, '10:02 Config push to payments-api @deploy-bot');
    await timelineRow(page, 'Config push to payments-api').waitFor();
    await timelineRow(other.page, 'Config push to payments-api').waitFor();

    // One person removed while connected is told so, and that page too stops trying.
    const people = (await call(page, 'joining.get', { meetingId })) as { people: Array<{ sessionId: string; name: string }> };
    const sam = people.people.find((person) => person.name === 'Sam');
    await call(page, 'joining.removePerson', { meetingId, sessionId: sam?.sessionId });
    const removed = other.page.getByTestId('session-ended');
    await removed.waitFor({ timeout: 10_000 });
    expect(await removed.getByRole('heading').textContent()).toBe('You are no longer joined to this review');
    expect(await removed.textContent()).toContain('The facilitator removed you.');
    expect(await noteTaker.getByTestId('session-ended').count()).toBe(0);

    // The next entry leaves the laptop but never arrives: it is still on its way when joining ends.
    link.lose((message) => message.includes('"timeline.add"'));
    await typeEvent(noteTaker, '10:07 Timeouts on checkout @grafana');
    await timelineRow(noteTaker, 'Timeouts on checkout').waitFor();

    await call(page, 'joining.disable', { meetingId });

    const ended = noteTaker.getByTestId('session-ended');
    await ended.waitFor({ timeout: 10_000 });
    expect(await ended.getByRole('heading').textContent()).toBe('Joining has ended');
    expect(await ended.textContent()).toContain('The facilitator stopped note-takers joining this review');
    expect(await ended.getByLabel('Entries not sent').inputValue()).toBe('Timeline: Timeouts on checkout (grafana)');
    expect(await noteTaker.getByText(RECONNECTING).count()).toBe(0);
    expect(await noteTaker.getByRole('button', { name: 'Leave' }).count()).toBe(0);
    await noteTaker.screenshot({ path: screenshotPath('joining-ended.png') });

    // Nothing more is tried: no new live connection and no session check (a refused one would be a page problem).
    const socketsWhenEnded = link.socketsOpened();
    await noteTaker.waitForTimeout(4_000);
    expect(link.socketsOpened()).toBe(socketsWhenEnded);
    expect(socketsOfOther).toBe(0);
    expect(await removed.getByRole('heading').textContent()).toBe('You are no longer joined to this review');
    expect(await ended.getByRole('heading').textContent()).toBe('Joining has ended');
    expect(await noteTaker.getByText(RECONNECTING).count()).toBe(0);
    expect(await storedDescriptions(page, meetingId)).toEqual(['Config push to payments-api']);
    expect(laptop.problems).toEqual(['console: Failed to load resource: the server responded with a status of 401 (Unauthorized)']);
    expect(other.problems).toEqual(['console: Failed to load resource: the server responded with a status of 401 (Unauthorized)']);
    expect(facilitator.problems).toEqual([]);
  });

  it('keeps saying it is reconnecting when the facilitator’s app is killed, since it cannot know why', async () => {
    const { server, facilitator, page, join } = await meetingOpenToJoin(session);
    const laptop = await pairNoteTakerPage(session.browser, join, 'Tomás');
    const noteTaker = laptop.page;

    // Someone who leaves is back at the pairing page, without being told first that their session ended, even when
    // the answer to leaving comes a second after the server closed their socket.
    const leaver = (await pairNoteTakerPage(session.browser, join, 'Ana')).page;
    await leaver.route('**/join/leave', async (route) => {
      const response = await route.fetch();
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      await route.fulfill({ response });
    });
    const toldEnded = leaver
      .getByTestId('session-ended')
      .waitFor({ timeout: 3_000 })
      .then(
        () => true,
        () => false,
      );
    await leaver.getByRole('button', { name: 'Leave' }).click();
    await leaver.getByRole('heading', { name: 'Join the review' }).waitFor();
    expect(await toldEnded).toBe(false);
    await typeEvent(noteTaker, '10:02 Config push to payments-api @deploy-bot');
    await timelineRow(page, 'Config push to payments-api').waitFor();
    let socketsOpened = 0;
    noteTaker.on('websocket', () => (socketsOpened += 1));
    // The refused reconnects and session checks of a page whose server is gone, and the facilitator's own page losing it.
    expectPageProblems(laptop, /^console: (Failed to load resource|WebSocket connection to '[^']+' failed)/);
    expectPageProblems(facilitator, /^console: (Failed to load resource|WebSocket connection to '[^']+' failed)/);

    server.child.kill('SIGKILL');
    await server.exited;

    const banner = noteTaker.getByRole('status').filter({ hasText: 'Lost the connection to the facilitator’s laptop' });
    await banner.waitFor({ timeout: 10_000 });
    expect(await banner.textContent()).toMatch(RECONNECTING);
    await noteTaker.waitForTimeout(4_000);
    expect(await banner.textContent()).toMatch(RECONNECTING);
    expect(await noteTaker.getByTestId('session-ended').count()).toBe(0);
    // It goes on trying, and what was typed stays on screen.
    expect(socketsOpened).toBeGreaterThan(1);
    await timelineRow(noteTaker, 'Config push to payments-api').waitFor();
  });
});
