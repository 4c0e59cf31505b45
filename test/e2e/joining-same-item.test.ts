import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { JoinStatus } from '../../src/shared/joining/joining.ts';
import {
  freePort,
  startServeProcess,
  callAs,
  expectPageProblems,
  openWatchedPage,
  screenshotPath,
  useBrowserTestSession,
  consoleSectionTitle,
  createAndOpenMeeting,
  editForm,
  timelineRow,
} from '../harness/index.ts';

const TITLE = 'Queue consumers stalled after a broker upgrade';

async function call<T>(page: Page, method: string, input: unknown): Promise<T> {
  const { status, body } = await callAs(page, method, input);
  if (status !== 200 || !body.ok) throw new Error(`${method} answered ${status}: ${JSON.stringify(body)}`);
  return body.result as T;
}

/** How far the page is wider than its window: a phone's reader would have to scroll sideways. */
function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const root = (globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }).document.documentElement;
    return root.scrollWidth - root.clientWidth;
  });
}

describe('two people editing the same item', () => {
  const session = useBrowserTestSession();

  it('the last save wins, field by field, and whoever was overwritten sees that it changed', async () => {
    const temp = session.newTempDir();
    const server = await startServeProcess(['--port', '0', '--db', temp.file('debrief.sqlite')]);
    const { page, problems } = await openWatchedPage(session.browser, server.url, { timezoneId: 'UTC', viewport: { width: 1600, height: 1000 } });
    const meetingId = await createAndOpenMeeting(page, { title: TITLE, incidentId: 'INC-6003' });
    await call(page, 'timer.start', { meetingId });
    await call(page, 'timer.next', { meetingId });
    await expect.poll(() => consoleSectionTitle(page).textContent()).toBe('Timeline walkthrough');
    await call(page, 'timeline.add', {
      meetingId,
      occurredAt: Date.UTC(2026, 10, 20, 9, 12),
      precision: 'minute',
      description: 'Consumer lag alarm fired',
      actor: 'Grafana',
    });

    await call<JoinStatus>(page, 'joining.enable', { meetingId, address: '127.0.0.1', port: await freePort() });
    await expect.poll(async () => (await call<JoinStatus>(page, 'joining.get', { meetingId })).state).toBe('on');
    const status = await call<JoinStatus>(page, 'joining.get', { meetingId });
    // This note-taker is on a phone, opened from the QR code.
    const laptop = await openWatchedPage(session.browser, status.url ?? '', {
      timezoneId: 'UTC',
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const noteTaker = laptop.page;
    await noteTaker.getByRole('heading', { name: 'Join the review' }).waitFor();
    await noteTaker.getByLabel('Your name').fill('Tomás');
    await noteTaker.getByLabel('Code from the facilitator’s screen').fill(status.code ?? '');
    await noteTaker.getByRole('button', { name: 'Join' }).click();
    await timelineRow(noteTaker, 'Consumer lag alarm fired').waitFor();
    expect(await horizontalOverflow(noteTaker)).toBe(0);

    // The facilitator opens the event and changes who acted; meanwhile the note-taker rewords it and saves first.
    await timelineRow(page, 'Consumer lag alarm fired').getByRole('button', { name: /^Edit/ }).click();
    await editForm(page).getByLabel('Actor').fill('PagerDuty');
    await timelineRow(noteTaker, 'Consumer lag alarm fired').getByRole('button', { name: /^Edit/ }).click();
    await editForm(noteTaker).getByLabel('Description').fill('Consumer lag alarm fired for orders-queue');
    await editForm(noteTaker).getByLabel('Description').press('Enter');
    await expect.poll(() => editForm(noteTaker).count()).toBe(0);

    // The facilitator's open editor says so, with the new words, before anything is lost.
    const notice = editForm(page).getByTestId('changed-elsewhere');
    await expect.poll(() => notice.textContent()).toContain('“Consumer lag alarm fired for orders-queue”');
    expect(await notice.textContent()).toMatch(/^Tomás changed this event while you were editing it/);
    await page.screenshot({ path: screenshotPath('joining-changed-elsewhere.png') });
    await editForm(page).getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => editForm(page).count()).toBe(0);

    // Only the field the facilitator changed was written: the note-taker's wording stays, and they see the change.
    const [stored] = await call<Array<{ description: string; actor: string }>>(page, 'timeline.list', { meetingId });
    expect(stored).toMatchObject({ description: 'Consumer lag alarm fired for orders-queue', actor: 'PagerDuty' });
    const theirRow = timelineRow(noteTaker, 'Consumer lag alarm fired for orders-queue');
    await expect.poll(() => theirRow.locator('.timeline-row__actor').textContent()).toBe('PagerDuty');
    expect(await theirRow.getByTestId('changed-elsewhere').textContent()).toBe('Changed by the facilitator');

    // "Use theirs" puts the stored version back into an open editor.
    await timelineRow(page, 'Consumer lag alarm fired for orders-queue').getByRole('button', { name: /^Edit/ }).click();
    await editForm(page).getByLabel('Description').fill('Alarm');
    await call(page, 'timeline.update', { id: (await call<Array<{ id: string }>>(page, 'timeline.list', { meetingId }))[0]?.id, patch: { actor: 'Grafana' } });
    await editForm(page).getByRole('button', { name: 'Use theirs' }).click();
    expect(await editForm(page).getByLabel('Description').inputValue()).toBe('Consumer lag alarm fired for orders-queue');
    expect(await editForm(page).getByLabel('Actor').inputValue()).toBe('Grafana');
    expect(await editForm(page).getByTestId('changed-elsewhere').count()).toBe(0);
    await editForm(page).getByRole('button', { name: 'Cancel' }).click();

    // A why in the whys tree: the note-taker replaces the facilitator's words, and the facilitator sees that it changed.
    await call(page, 'whys.add', { meetingId, parentId: null, text: 'Orders were not processed' });
    await call(page, 'timer.next', { meetingId });
    await expect.poll(() => consoleSectionTitle(page).textContent()).toBe('Root cause (5 Whys)');
    const problem = page.getByRole('textbox', { name: 'Problem statement' });
    await problem.fill('Orders were not processed for 25 minutes');
    await problem.blur();
    const theirProblem = noteTaker.getByRole('textbox', { name: 'Problem statement' });
    await expect.poll(() => theirProblem.inputValue(), { timeout: 10_000 }).toBe('Orders were not processed for 25 minutes');
    const whyMark = page.getByTestId('why-node').first().getByTestId('changed-elsewhere');
    expect(await whyMark.count()).toBe(0);
    await theirProblem.fill('Orders were not processed for 25 minutes after the broker upgrade');
    await theirProblem.blur();
    await expect.poll(() => problem.inputValue(), { timeout: 10_000 }).toBe('Orders were not processed for 25 minutes after the broker upgrade');
    await expect.poll(() => whyMark.count()).toBe(1);
    expect(await whyMark.textContent()).toBe('Changed by Tomás');
    expect(problems).toEqual([]);
    // The one 401 is the pairing page asking whether this browser has a session yet (it had not).
    expect(laptop.problems).toEqual(['console: Failed to load resource: the server responded with a status of 401 (Unauthorized)']);
    expectPageProblems(laptop, /^console: Failed to load resource: the server responded with a status of 401/);
  });
});
