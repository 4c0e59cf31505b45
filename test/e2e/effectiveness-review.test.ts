import { describe, expect, it } from 'vitest';
import type { ActionItem } from '../../src/shared/domain/actions.ts';
import type { EffectivenessReview } from '../../src/shared/domain/effectiveness.ts';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import {
  accessibilityViolations,
  callApi,
  openWatchedPage,
  pressOnConsole,
  screenshotPath,
  startServeProcess,
  useBrowserTestSession,
} from '../harness/index.ts';

const TITLES = ['Alert on connection-pool saturation', 'Runbook: fail over | drain the pool', 'مراجعة إعدادات المهلة'];

/** Issue 15: thirty days on, the effectiveness review walks the review's action items and its results reach the report. */
describe('the effectiveness review, 15 minutes, in Chromium', () => {
  const session = useBrowserTestSession();

  it('is due in the meeting list, records done and whether each item worked with the keyboard, and shows in the report', async () => {
    const temp = session.newTempDir();
    const server = await startServeProcess(['--port', '0', '--db', temp.file('debrief.sqlite')]);
    const review = await callApi<Meeting>(server, 'meetings.create', { title: 'Checkout outage', incidentId: 'INC-3107' });
    await callApi(server, 'meetings.update', { id: review.id, patch: { followUpReviewOn: '2026-01-05' } });
    const actions: ActionItem[] = [];
    for (const title of TITLES) actions.push(await callApi<ActionItem>(server, 'actions.add', { meetingId: review.id, title, owner: 'Dana Ortiz' }));

    // The follow-up date has come: the library says the effectiveness review is due.
    const { page, problems } = await openWatchedPage(session.browser, `${server.url}#/`, { timezoneId: 'UTC', viewport: { width: 1440, height: 960 } });
    await expect.poll(() => page.getByTestId('deadline-follow-up').textContent()).toBe('Effectiveness review overdue 2026-01-05');

    // From the review's console, start the check: a meeting of its own with the 15-minute agenda.
    await page.goto(`${server.url}#/meetings/${review.id}`);
    const overview = page.getByTestId('effectiveness-overview');
    await expect.poll(() => overview.textContent()).toContain('Not held yet.');
    await overview.getByRole('button', { name: 'Start the effectiveness review' }).click();
    await expect.poll(() => page.url()).not.toContain(review.id);
    const checkId = page.url().split('#/meetings/')[1] ?? '';
    await expect.poll(() => page.getByTestId('clock-status').textContent()).toBe('Not started');
    await pressOnConsole(page, 'Space');
    await expect.poll(() => page.getByTestId('clock-status').textContent()).toBe('Running');
    await pressOnConsole(page, 'PageDown');
    const panel = page.getByTestId('effectiveness-panel');
    await panel.waitFor();
    const item = panel.getByTestId('effectiveness-item');
    await expect.poll(() => item.getByRole('heading').textContent()).toBe(TITLES[0]);

    // Item 1 by keys: D done, 1 prevented recurrence, a note, Alt+↓ on to the next (which saves the note).
    await item.getByRole('heading').focus();
    await page.keyboard.press('d');
    await page.keyboard.press('1');
    await item.getByLabel('Note').fill('No saturation page since the alert went in');
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => item.getByRole('heading').textContent()).toBe(TITLES[1]);
    // Item 2: N not done, 4 too early to tell.
    await page.keyboard.press('n');
    await page.keyboard.press('4');
    await item.getByLabel('Note').fill('Drill booked for next month');
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => item.getByRole('heading').textContent()).toBe(TITLES[2]);
    // Item 3 with the pointer: done, partly, a note; Alt+↑ goes back and forth.
    await item.getByRole('radio', { name: /^Done/ }).check();
    await item.getByRole('radio', { name: /^Partly/ }).check();
    await item.getByLabel('Note').fill('Timeouts fixed; retries still pile up');
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => item.getByRole('heading').textContent()).toBe(TITLES[1]);
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => panel.getByTestId('effectiveness-position').textContent()).toBe('Item 3 of 3');

    const expected = [
      { status: 'done', outcome: 'prevented', note: 'No saturation page since the alert went in' },
      { status: 'open', outcome: 'too_early', note: 'Drill booked for next month' },
      { status: 'done', outcome: 'partly', note: 'Timeouts fixed; retries still pile up' },
    ];
    const stored = async () =>
      (await callApi<EffectivenessReview>(server, 'effectiveness.get', { meetingId: checkId })).items.map((one) => ({
        status: one.actionItem.status,
        outcome: one.result?.outcome,
        note: one.result?.note,
      }));
    await expect.poll(stored).toEqual(expected);
    await expect.poll(() => item.getByTestId('effectiveness-recorded').textContent()).toMatch(/^Recorded /);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('effectiveness-review.png') });

    // The review's report: the Effectiveness section with each item's result, in the export preview.
    await page.goto(`${server.url}#/meetings/${review.id}`);
    await expect.poll(() => page.getByTestId('effectiveness-overview').textContent()).toContain('3 of 3 action items checked.');
    await page.getByTestId('clock-status').waitFor();
    await page.keyboard.press('Control+E');
    const preview = page.getByRole('dialog', { name: 'Export report' }).getByTestId('export-preview');
    await expect.poll(() => preview.textContent()).toContain('## Effectiveness');
    const text = (await preview.textContent()) ?? '';
    const section = text.slice(text.indexOf('## Effectiveness'));
    expect(section).toContain('3 of 3 action items checked: 1 prevented recurrence, 1 partly, 1 too early to tell.');
    expect(section).toMatch(
      /\| 1 \| Alert on connection-pool saturation \| Done \| Prevented recurrence \| No saturation page since the alert went in \| \d{4}-\d{2}-\d{2} \|/,
    );
    expect(section).toMatch(/\| 2 \| Runbook: fail over \\\| drain the pool \| Not done \| Too early to tell \| Drill booked for next month \|/);
    expect(section).toContain('Partly | Timeouts fixed; retries still pile up');
    expect(await accessibilityViolations(page, 'dialog[open]')).toEqual([]);

    // Back in the meeting list, the review's effectiveness review is held, no longer overdue.
    await page.goto(`${server.url}#/`);
    const row = page.getByRole('row').filter({ hasText: 'INC-3107' }).filter({ hasNotText: 'Effectiveness review:' });
    await expect.poll(() => row.getByTestId('deadline-follow-up').textContent()).toMatch(/^Effectiveness review held \d{4}-\d{2}-\d{2}$/);
    expect(problems).toEqual([]);
  });
});
