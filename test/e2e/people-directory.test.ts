import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { ActionItem } from '../../src/shared/domain/actions.ts';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import type { Person } from '../../src/shared/domain/person.ts';
import {
  accessibilityViolations,
  callApi,
  consoleSectionTitle,
  goToSection,
  openWatchedPage,
  screenshotPath,
  startServeProcess,
  useBrowserTestSession,
} from '../harness/index.ts';

/** Issue 15, "People across reviews": owners are picked from the directory, and exports map them to tracker users. */
describe('the people directory', () => {
  const session = useBrowserTestSession();

  it('adds people, picks an owner from it on an action item, and exports a Jira CSV with the mapped assignee', async () => {
    const temp = session.newTempDir();
    const server = await startServeProcess(['--port', '0', '--db', temp.file('debrief.sqlite')]);
    const meeting = await callApi<Meeting>(server, 'meetings.create', { title: 'Checkout outage', incidentId: 'INC-2041' });
    const item = await callApi<ActionItem>(server, 'actions.add', { meetingId: meeting.id, title: 'Alert on card payment errors' });
    const { page, problems } = await openWatchedPage(session.browser, server.url, {
      timezoneId: 'UTC',
      colorScheme: 'light',
      acceptDownloads: true,
      viewport: { width: 1440, height: 960 },
    });

    // The header links to People; the directory starts empty and says so.
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'People' }).click();
    await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
    await page.getByText('Nobody here yet').waitFor();

    // A bad GitHub login is refused next to its field, naming it.
    const form = page.getByRole('form', { name: 'Add a person' });
    await form.getByLabel('Name').fill('Ana Lima');
    await form.getByLabel('Jira user (optional)').fill('ana.lima@example.com');
    await form.getByLabel('GitHub login (optional)').fill('-ana');
    await form.getByRole('button', { name: 'Add person' }).click();
    await expect.poll(() => form.locator('#person-add-githubLogin-error').textContent()).toMatch(/^GitHub login must be a GitHub login/);
    await form.getByLabel('GitHub login (optional)').fill('analima');
    await form.getByRole('button', { name: 'Add person' }).click();
    await expect.poll(() => page.getByTestId('people-message').textContent()).toBe('Added Ana Lima.');
    await form.getByLabel('Name').fill('Bo Chen');
    await form.getByLabel('E-mail (optional)').fill('bo@example.com');
    await form.getByRole('button', { name: 'Add person' }).click();
    await expect.poll(() => page.getByTestId('person-row').count()).toBe(2);
    // A name already there, in another case, is refused.
    await form.getByLabel('Name').fill('ana lima');
    await form.getByRole('button', { name: 'Add person' }).click();
    await expect.poll(() => form.locator('#person-add-name-error').textContent()).toBe('Name "Ana Lima" is already in the directory.');
    await form.getByLabel('Name').fill('');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('people-directory.png'), fullPage: true });

    // Remove Bo, then take it back with Undo.
    await page.getByRole('button', { name: 'Remove Bo Chen' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Remove person' }).click();
    await expect.poll(() => page.getByTestId('person-row').count()).toBe(1);
    await page.getByTestId('undo-toast').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.getByTestId('person-row').count()).toBe(2);

    // On the review's action items the owner field suggests the directory's names; Ana is picked.
    await page.goto(`${server.url}#/meetings/${meeting.id}`);
    await expect.poll(() => consoleSectionTitle(page).textContent()).toBe('Opening');
    await page.keyboard.press('Space');
    await goToSection(page, 'Action items', 'PageDown');
    await expect.poll(() => consoleSectionTitle(page).textContent()).toBe('Action items');
    expect(await page.locator('#action-owner-names option').evaluateAll((options) => options.map((option) => option.getAttribute('value')))).toEqual([
      'Ana Lima',
      'Bo Chen',
    ]);
    const owner = page.getByLabel(`Owner of ${item.title}`);
    await owner.fill('Ana Lima');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await callApi<ActionItem[]>(server, 'actions.list', { meetingId: meeting.id }))[0]?.owner).toBe('Ana Lima');

    // A new owner typed in is offered for the directory.
    await page.getByLabel('New action item').fill('Write the failover runbook');
    await page.getByLabel('Owner', { exact: true }).fill('Chidi Okafor');
    await page.keyboard.press('Enter');
    await page.getByTestId('owner-offers').getByRole('button', { name: 'Add Chidi Okafor to People' }).click();
    await expect
      .poll(async () => (await callApi<Person[]>(server, 'people.list', {})).map((person) => person.name))
      .toEqual(['Ana Lima', 'Bo Chen', 'Chidi Okafor']);
    expect(await accessibilityViolations(page)).toEqual([]);

    // The Jira CSV assigns Ana's item to her Jira user, and says Chidi has none.
    await page.keyboard.press('Control+E');
    const panel = page.getByRole('dialog', { name: 'Export report' }).getByRole('group', { name: 'Action items for a tracker' });
    await panel.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Save 2 action items' }).click()]);
    const rows = parse(fs.readFileSync(await download.path(), 'utf8'), { bom: true, columns: true, group_columns_by_name: true }) as Array<
      Record<string, string>
    >;
    expect(rows.map((row) => [row.Summary, row.Assignee])).toEqual([
      ['Alert on card payment errors', 'ana.lima@example.com'],
      ['Write the failover runbook', ''],
    ]);
    await expect
      .poll(() => panel.getByTestId('tracker-message').textContent())
      .toContain('no Jira user or e-mail for owner "Chidi Okafor" in the people directory');
    expect(problems).toEqual([]);
  });
});
