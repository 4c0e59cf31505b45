import { describe, expect, it } from 'vitest';
import {
  accessibilityViolations,
  callApi,
  openWatchedPage,
  screenshotPath,
  startServeProcess,
  timelineRows,
  useBrowserTestSession,
  waitUntilAllSaved,
} from '../harness/index.ts';

const TITLE = 'Cache outage through the night';

describe('times past midnight and actors with spaces (issue 17)', () => {
  const session = useBrowserTestSession();

  it('quick entry picks a participant and rolls 00:36 to the next day; a chat paste crosses midnight with dates shown', async () => {
    const temp = session.newTempDir();
    const server = await startServeProcess(['--port', '0', '--db', temp.file('debrief.sqlite')]);
    // The incident started on 31 January 2017 at 17:00 in Berlin (UTC+1): typed times count from that day.
    const meeting = await callApi<{ id: string }>(server, 'meetings.create', { title: TITLE, incidentId: 'INC-3101', timeZone: 'Europe/Berlin' });
    await callApi(server, 'meetings.update', { id: meeting.id, patch: { incidentStartedAt: Date.UTC(2017, 0, 31, 16, 0) } });
    await callApi(server, 'participants.add', { meetingId: meeting.id, name: 'Sarah Cohen', role: 'responder' });
    await callApi(server, 'participants.add', { meetingId: meeting.id, name: 'שרה כהן', role: 'responder' });

    const { page, problems } = await openWatchedPage(session.browser, `${server.url}#/meetings/${meeting.id}`, {
      timezoneId: 'America/New_York',
      viewport: { width: 1600, height: 1000 },
    });
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();

    const line = page.getByRole('form', { name: 'Quick entry' }).getByRole('combobox', { name: 'Quick entry' });
    await line.click();
    await page.keyboard.type('23:50 Alert fired for the cache cluster #detection');
    await page.keyboard.press('Enter');
    await expect.poll(() => timelineRows(page).count()).toBe(1);

    // "@Sa" offers the participant; the arrow and Enter pick it, written back with quotes.
    await page.keyboard.type('00:36 Cache restarted by @Sa');
    const options = page.getByRole('listbox', { name: 'Participants' }).getByRole('option');
    await expect.poll(() => options.allTextContents()).toEqual(['Sarah Cohen']);
    expect(await line.getAttribute('aria-expanded')).toBe('true');
    expect(await accessibilityViolations(page, '.quick-entry'), 'quick entry with suggestions open').toEqual([]);
    await page.locator('.quick-entry').screenshot({ path: screenshotPath('quick-entry-participant-suggestion.png') });
    // Escape closes the list and keeps the text; typing on brings it back only for a new "@".
    await page.keyboard.press('Escape');
    expect(await line.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('a');
    expect(await line.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('@Sa');
    await expect.poll(() => line.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('ArrowDown');
    expect(await line.getAttribute('aria-activedescendant')).toBe(await options.first().getAttribute('id'));
    await page.keyboard.press('Enter');
    await expect.poll(() => line.inputValue()).toBe('00:36 Cache restarted by @"Sarah Cohen" ');
    expect(await line.getAttribute('aria-expanded')).toBe('false');
    // After 23:50, 00:36 is past midnight: the preview names the day.
    await expect.poll(() => page.locator('#quick-entry-preview').textContent()).toBe('Time2017-02-01 00:36EventCache restarted byActorSarah Cohen');
    await page.keyboard.press('Enter');
    await expect.poll(() => timelineRows(page).count()).toBe(2);

    // A right-to-left name typed in quotes.
    await page.keyboard.type('00:40 Checked the graphs @"שרה כהן"');
    await page.keyboard.press('Enter');
    await expect.poll(() => timelineRows(page).count()).toBe(3);

    // Pasted chat that crosses midnight: the preview shows the dates it chose and where the day moved on.
    await page.getByRole('button', { name: 'Import timeline…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import timeline' });
    await dialog.getByLabel('Read as').selectOption('chat');
    await dialog.getByLabel('Or paste here').fill('[17:20] alice: error rate is up\n[23:58] bob: still failing\n[00:45] alice: all green again');
    const previewRows = dialog.getByRole('table', { name: 'Events to import' }).locator('tbody tr');
    await expect.poll(() => previewRows.count()).toBe(4);
    const cells = await previewRows.evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? '')));
    expect(cells.map((row) => row.slice(0, 4))).toEqual([
      ['1', '2017-01-31', '17:20', 'error rate is up'],
      ['2', '2017-01-31', '23:58', 'still failing'],
      ['31 Jan → 1 Feb'],
      ['3', '2017-02-01', '00:45', 'all green again'],
    ]);
    expect(await accessibilityViolations(page, '.import-dialog'), 'import preview across midnight').toEqual([]);
    await dialog.screenshot({ path: screenshotPath('import-chat-across-midnight.png') });
    await dialog.getByRole('button', { name: 'Import 3 events' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => timelineRows(page).count()).toBe(6);
    await waitUntilAllSaved(page);

    // In time order, each row's instant in UTC (Berlin is UTC+1 in winter), with the actor as one name.
    const shown = await timelineRows(page).evaluateAll((rows) =>
      rows.map((row) => [
        row.querySelector('time')?.getAttribute('datetime') ?? '',
        row.querySelector('.timeline-row__date')?.textContent ?? '',
        row.querySelector('.timeline-row__description')?.textContent ?? '',
        row.querySelector('.timeline-row__actor')?.textContent ?? '',
      ]),
    );
    expect(shown).toEqual([
      ['2017-01-31T16:20:00.000Z', '', 'error rate is up', 'alice'],
      ['2017-01-31T22:50:00.000Z', '', 'Alert fired for the cache cluster', 'No actor'],
      ['2017-01-31T22:58:00.000Z', '', 'still failing', 'bob'],
      ['2017-01-31T23:36:00.000Z', '2017-02-01', 'Cache restarted by', 'Sarah Cohen'],
      ['2017-01-31T23:40:00.000Z', '2017-02-01', 'Checked the graphs', 'שרה כהן'],
      ['2017-01-31T23:45:00.000Z', '2017-02-01', 'all green again', 'alice'],
    ]);
    expect(await accessibilityViolations(page), 'console with the night timeline').toEqual([]);
    expect(problems).toEqual([]);
  });
});
