import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { ActionItem } from '../../src/shared/domain/actions.ts';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import { accessibilityViolations, callApi, openWatchedPage, screenshotPath, startServeProcess, useBrowserTestSession } from '../harness/index.ts';

/** Issue 15: a review's action items go to Jira as a CSV file, and Jira's export brings their statuses back. */
describe('handing action items to a tracker from the export dialog', () => {
  const session = useBrowserTestSession();

  it('saves a Jira CSV of the items, then shows and applies the statuses of a Jira export', async () => {
    const temp = session.newTempDir();
    const server = await startServeProcess(['--port', '0', '--db', temp.file('debrief.sqlite')]);
    const meeting = await callApi<Meeting>(server, 'meetings.create', { title: 'Checkout outage', incidentId: 'INC-2041' });
    const canary = await callApi<ActionItem>(server, 'actions.add', {
      meetingId: meeting.id,
      title: 'Add a canary stage, "5%" first',
      owner: 'Dana Ortiz',
      dueOn: '2026-12-20',
    });
    const alert = await callApi<ActionItem>(server, 'actions.add', { meetingId: meeting.id, title: '=Alert on the error rate', owner: 'Sam Lee' });
    const { page, problems } = await openWatchedPage(session.browser, `${server.url}#/meetings/${meeting.id}`, {
      timezoneId: 'UTC',
      acceptDownloads: true,
      viewport: { width: 1440, height: 960 },
    });
    await page.getByTestId('clock-status').waitFor();
    await page.keyboard.press('Control+E');
    const dialog = page.getByRole('dialog', { name: 'Export report' });
    const panel = dialog.getByRole('group', { name: 'Action items for a tracker' });
    await panel.waitFor();

    // The Jira CSV, read back with a standard CSV reader: Jira's columns, the text as typed, the key in Labels.
    const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Save 2 action items' }).click()]);
    expect(download.suggestedFilename()).toBe('INC-2041.jira.csv');
    const [header, ...rows] = parse(fs.readFileSync(await download.path(), 'utf8'), { bom: true }) as string[][];
    expect(header?.slice(0, 7)).toEqual(['Summary', 'Description', 'Issue Type', 'Priority', 'Assignee', 'Due date', 'Labels']);
    expect(rows.map((row) => row[0])).toEqual([canary.title, alert.title]);
    const labels = (header ?? []).flatMap((name, index) => (name === 'Labels' ? [index] : []));
    expect(labels.map((index) => rows[0]?.[index])).toContain(`debrief-${canary.id}`);
    await expect.poll(() => panel.getByTestId('tracker-message').textContent()).toContain('is not in the people directory');

    // Jira's export of those issues a week later: one done, one in review (category In Progress).
    const jiraExport = [
      'Summary,Issue key,Status,Labels,Labels,Status Category',
      `"${canary.title.replaceAll('"', '""')}",OPS-1,Done,debrief-${canary.id},postmortem,Done`,
      `${alert.title},OPS-2,Code review,postmortem,debrief-${alert.id},In Progress`,
    ].join('\r\n');
    const file = temp.file('jira-export.csv');
    fs.writeFileSync(file, jiraExport);
    await panel.getByTestId('jira-statuses-file').setInputFiles(file);
    const plan = panel.getByTestId('status-plan');
    await expect.poll(() => plan.textContent()).toContain('2 changes');
    expect(await plan.getByRole('listitem').allTextContents()).toEqual([
      expect.stringMatching(/OPS-1.*open → done/) as string,
      expect.stringMatching(/OPS-2.*open → in progress/) as string,
    ]);
    // Nothing is written before Apply.
    expect((await callApi<ActionItem[]>(server, 'actions.list', { meetingId: meeting.id })).map((item) => item.status)).toEqual(['open', 'open']);
    expect(await accessibilityViolations(page, 'dialog[open]')).toEqual([]);
    await page.screenshot({ path: screenshotPath('tracker-status-import.png') });
    await plan.getByRole('button', { name: 'Apply 2 changes' }).click();
    await expect.poll(() => panel.getByTestId('tracker-message').textContent()).toBe('Changed the statuses of 2 items.');
    expect((await callApi<ActionItem[]>(server, 'actions.list', { meetingId: meeting.id })).map((item) => item.status)).toEqual(['done', 'in_progress']);
    expect(problems).toEqual([]);
  });
});
