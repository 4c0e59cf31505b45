import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch.ts';
import type { ActionItem } from '../../src/shared/domain/actions.ts';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import {
  accessibilityViolations,
  callApi,
  ok,
  openWatchedPage,
  screenshotPath,
  seedDatabase,
  startServeProcess,
  useBrowserTestSession,
} from '../harness/index.ts';

const DAY = 24 * 60 * 60 * 1000;
const dateIn = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

/** Issue 15: one view of every action item from every review; filter, bulk-change statuses, export the filtered ledger. */
describe('the follow-ups ledger', () => {
  const session = useBrowserTestSession();

  it('filters by owner and overdue, changes statuses in bulk (and undoes it), and exports what the filters show', async () => {
    const temp = session.newTempDir();
    const file = temp.file('debrief.sqlite');
    // Three reviews through the API, the first items added 45 days ago so they are stale by now.
    let clock = Date.now() - 45 * DAY;
    const meetings = await seedDatabase(
      file,
      (service) => {
        const create = (title: string, incidentId: string, servicesAffected: string[]) => {
          const meeting = ok<Meeting>(dispatch(service, 'meetings.create', { title, incidentId }));
          ok(dispatch(service, 'meetings.update', { id: meeting.id, patch: { servicesAffected } }));
          return meeting;
        };
        const checkout = create('Checkout outage', 'INC-101', ['payments']);
        const search = create('Search results empty', 'INC-102', ['search']);
        const login = create('Login errors after deploy', 'INC-103', ['identity']);
        const add = (meeting: Meeting, title: string, fields: Record<string, unknown>) =>
          ok<ActionItem>(dispatch(service, 'actions.add', { meetingId: meeting.id, title, ...fields }));
        add(checkout, 'Alert on card gateway latency', { owner: 'Ana Lima', dueOn: dateIn(-10), priority: 'P0', category: 'monitoring' });
        add(search, 'Rebuild the index in the background', { owner: 'Ana Lima', dueOn: dateIn(-3), horizon: 'long_term', category: 'architecture' });
        clock = Date.now() - 5 * DAY;
        add(login, 'Canary the login service first', { owner: 'Ana Lima', dueOn: dateIn(12), horizon: 'quick_win', category: 'testing' });
        add(checkout, 'Runbook for a gateway failover', { owner: 'Bo Chen', dueOn: dateIn(-1), category: 'runbook' });
        add(search, 'Train on-call on the search stack', { owner: 'Bo Chen', dueOn: dateIn(20), status: 'in_progress', category: 'training' });
        add(login, 'Review the deploy checklist', { dueOn: dateIn(3), priority: 'P2', category: 'process' });
        add(login, 'Retire the old session store', { owner: 'Cy Park', dueOn: dateIn(-30), status: 'done' });
        return { checkout, search, login };
      },
      { clock: () => clock },
    );
    const server = await startServeProcess(['--port', '0', '--db', file]);
    const { page, problems } = await openWatchedPage(session.browser, server.url, {
      timezoneId: 'UTC',
      acceptDownloads: true,
      viewport: { width: 1920, height: 1080 },
    });

    // Reached from the header.
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Follow-ups' }).click();
    await page.getByRole('heading', { level: 1, name: 'Follow-ups' }).waitFor();
    const rows = page.getByTestId('ledger-row');
    await expect.poll(() => rows.count()).toBe(7);
    expect(await page.getByTestId('ledger-count').textContent()).toBe('7 items match');
    expect(await accessibilityViolations(page), 'the whole ledger').toEqual([]);

    // Per-owner counts: Ana has three open, two overdue, two stale.
    const anaCounts = page.getByTestId('owner-counts').getByRole('row').filter({ hasText: 'Ana Lima' });
    expect(await anaCounts.getByRole('cell').allTextContents()).toEqual(['3', '2', '2', '0']);

    const titles = () => rows.locator('[data-column="title"]').allTextContents();

    // An effectiveness result recorded through the API shows in its row at once, with its note, and can be filtered on.
    const effectOf = (title: string) => rows.filter({ hasText: title }).locator('[data-column="effectiveness"]');
    expect(await effectOf('Alert on card gateway latency').textContent()).toBe('Not checked');
    const idOf = async (meeting: Meeting, title: string) =>
      (await callApi<ActionItem[]>(server, 'actions.list', { meetingId: meeting.id })).find((item) => item.title === title)?.id;
    await callApi(server, 'effectiveness.record', {
      id: await idOf(meetings.checkout, 'Alert on card gateway latency'),
      patch: { outcome: 'partly', note: 'Fired once; missed the slow leak' },
    });
    await callApi(server, 'effectiveness.record', { id: await idOf(meetings.search, 'Rebuild the index in the background'), patch: { outcome: 'prevented' } });
    await expect
      .poll(() => effectOf('Alert on card gateway latency').textContent())
      .toMatch(/^Partly, recorded \d{4}-\d{2}-\d{2}Note: Fired once; missed the slow leak$/);
    await expect.poll(() => effectOf('Rebuild the index in the background').textContent()).toMatch(/^Prevented recurrence, recorded \d{4}-\d{2}-\d{2}$/);
    const effectiveness = page.getByLabel('Effectiveness');
    await effectiveness.selectOption('Partly');
    await expect.poll(() => rows.count()).toBe(1);
    await effectiveness.selectOption('Checked');
    // Soonest due first, as the ledger opens.
    await expect.poll(() => titles()).toEqual(['Alert on card gateway latency', 'Rebuild the index in the background']);
    await effectiveness.selectOption('Not checked');
    await expect.poll(() => rows.count()).toBe(5);
    await effectiveness.selectOption('Checked or not');
    await expect.poll(() => rows.count()).toBe(7);

    // Ana's overdue items, soonest due first, each saying so in words.
    await page.getByLabel('Owner', { exact: true }).selectOption('Ana Lima');
    await page.getByRole('checkbox', { name: 'Overdue' }).check();
    await expect.poll(() => rows.count()).toBe(2);
    expect(await titles()).toEqual(['Alert on card gateway latency', 'Rebuild the index in the background']);
    expect(await rows.first().locator('[data-column="review"]').textContent()).toBe('INC-101 Checkout outage');
    expect(await rows.first().locator('[data-column="dueOn"]').textContent()).toContain('Overdue');
    expect(await rows.first().locator('[data-column="status"]').textContent()).toBe('OpenStale');
    expect(await page.locator('th[aria-sort="ascending"]').textContent()).toContain('Due');

    // Sorting by a header, then back.
    await page.getByRole('button', { name: /^Action/ }).click();
    await expect.poll(() => page.locator('th[aria-sort="ascending"]').textContent()).toContain('Action');
    await page.getByRole('button', { name: /^Action/ }).click();
    await expect.poll(() => titles()).toEqual(['Rebuild the index in the background', 'Alert on card gateway latency']);
    expect(await page.locator('th[aria-sort="descending"]').textContent()).toContain('Action');
    expect(await accessibilityViolations(page), 'the ledger filtered').toEqual([]);
    await page.screenshot({ path: screenshotPath('followups-ledger.png') });

    // Tick every match, set them to done: the database has it, and the overdue filter now shows nothing.
    await page.getByRole('button', { name: 'Tick all 2 matches' }).click();
    await expect.poll(() => page.getByTestId('ledger-selected').textContent()).toBe('2 items ticked');
    await page.getByLabel('Set status to').selectOption('done');
    await page.getByRole('button', { name: 'Apply to ticked' }).click();
    await expect.poll(() => page.getByTestId('ledger-bulk-message').textContent()).toBe('Set 2 items to Done.');
    const statusOf = async (meeting: Meeting, title: string) =>
      (await callApi<ActionItem[]>(server, 'actions.list', { meetingId: meeting.id })).find((item) => item.title === title)?.status;
    expect(await statusOf(meetings.checkout, 'Alert on card gateway latency')).toBe('done');
    expect(await statusOf(meetings.search, 'Rebuild the index in the background')).toBe('done');
    expect(await statusOf(meetings.checkout, 'Runbook for a gateway failover')).toBe('open');
    await page.getByTestId('ledger-empty').waitFor();
    expect(await page.getByTestId('ledger-empty').textContent()).toContain('No action items match these filters');

    // Undo puts both back.
    await page.getByTestId('undo-toast').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => rows.count()).toBe(2);
    expect(await statusOf(meetings.checkout, 'Alert on card gateway latency')).toBe('open');

    // The filtered ledger (Ana's items, any state) as a spreadsheet CSV, read back with a standard reader.
    await page.getByRole('checkbox', { name: 'Overdue' }).uncheck();
    await expect.poll(() => rows.count()).toBe(3);
    await page.getByLabel('Export as').selectOption('csv');
    await page.getByRole('button', { name: 'Export the filtered ledger' }).click();
    // Nothing sensitive in these items: the review says so, and the file is saved from it.
    await expect.poll(() => page.getByTestId('redaction-summary').textContent()).toBe('Nothing sensitive was found in the text of this file.');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save the file' }).click()]);
    expect(download.suggestedFilename()).toBe('follow-ups.csv');
    const [header, ...exported] = parse(fs.readFileSync(await download.path(), 'utf8'), { bom: true }) as string[][];
    const titleColumn = header?.findIndex((name) => /title|summary/i.test(name)) ?? -1;
    expect(titleColumn).toBeGreaterThanOrEqual(0);
    expect(exported.map((row) => row[titleColumn]).sort()).toEqual(
      ['Alert on card gateway latency', 'Canary the login service first', 'Rebuild the index in the background'].sort(),
    );

    // Keyboard: a review's link opens its meeting.
    await rows.first().locator('[data-column="review"] a').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/meetings\//);
    expect(problems).toEqual([]);
  });
});
