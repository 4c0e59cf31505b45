import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  accessibilityViolations,
  startServeProcess,
  openWatchedPage,
  screenshotPath,
  useBrowserTestSession,
  createMeeting,
  shownTimeline,
  timelineRows,
  waitUntilAllSaved,
} from '../harness/index.ts';

const TITLE = 'Checkout errors after the 14:00 deploy';

/** What a note-taker types during the walkthrough, one line per event, as fast as the keyboard goes. */
const TYPED = [
  '14:00 Deploy of checkout v2.31 started @ci-cd #trigger',
  '+5m Error rate on /checkout above 5% @monitoring #detection',
  '+2m On-call engineer paged by the error-rate alert @PagerDuty',
  '14:08 Page acknowledged @oncall #response',
  '+90s Incident channel opened, payments team invited @ic',
  '14:10 Status page says some customers cannot check out @support',
  '+1m Dashboards show timeouts from the card gateway @oncall #response',
  '14:12 Rollback to v2.30 decided @ic #mitigation',
  '+30s Rollback started @ci-cd #mitigation',
  '14:14:20 First pods on v2.30 are healthy @ci-cd',
  '+2m Error rate falling, now 2% @monitoring',
  '14:18 Mail to ops@example.com bounced, C# worker logs attached',
  '+1m Card gateway latency normal again @monitoring #mitigation',
  '14:20 Error rate under 0.5% @monitoring #resolution',
  '+2m Status page set to monitoring @support',
  '14:25 Ticket #4521 opened for the gateway timeout @ic',
  '+5m Customer support queue back to normal @support',
  '14:35 Incident declared resolved @ic #resolution',
  '+10m Status page closed @support #resolution',
  '14:50 Post-mortem scheduled within 48 hours @ic #other',
];

// One time format in the list (issue 13): some events have seconds, so every row shows them.
const EXPECTED = [
  ['14:00:00', 'Deploy of checkout v2.31 started', 'ci-cd', 'Trigger'],
  ['14:05:00', 'Error rate on /checkout above 5%', 'monitoring', 'Detection'],
  ['14:07:00', 'On-call engineer paged by the error-rate alert', 'PagerDuty', 'Other'],
  ['14:08:00', 'Page acknowledged', 'oncall', 'Response'],
  ['14:09:30', 'Incident channel opened, payments team invited', 'ic', 'Other'],
  ['14:10:00', 'Status page says some customers cannot check out', 'support', 'Other'],
  ['14:11:00', 'Dashboards show timeouts from the card gateway', 'oncall', 'Response'],
  ['14:12:00', 'Rollback to v2.30 decided', 'ic', 'Mitigation'],
  ['14:12:30', 'Rollback started', 'ci-cd', 'Mitigation'],
  ['14:14:20', 'First pods on v2.30 are healthy', 'ci-cd', 'Other'],
  ['14:16:20', 'Error rate falling, now 2%', 'monitoring', 'Other'],
  ['14:18:00', 'Mail to ops@example.com bounced, C# worker logs attached', '', 'Other'],
  ['14:19:00', 'Card gateway latency normal again', 'monitoring', 'Mitigation'],
  ['14:20:00', 'Error rate under 0.5%', 'monitoring', 'Resolution'],
  ['14:22:00', 'Status page set to monitoring', 'support', 'Other'],
  ['14:25:00', 'Ticket #4521 opened for the gateway timeout', 'ic', 'Other'],
  ['14:30:00', 'Customer support queue back to normal', 'support', 'Other'],
  ['14:35:00', 'Incident declared resolved', 'ic', 'Resolution'],
  ['14:45:00', 'Status page closed', 'support', 'Resolution'],
  ['14:50:00', 'Post-mortem scheduled within 48 hours', 'ic', 'Other'],
];

/** The timeline as shown, with each row's phase badge. */
async function shownWithPhases(page: Page): Promise<string[][]> {
  const rows = await shownTimeline(page);
  const phases = await timelineRows(page).locator('.timeline-row__phase').allTextContents();
  return rows.map((row, index) => [row.time, row.description, row.actor.replace('No actor', ''), phases[index] ?? '']);
}

describe('capturing the timeline: quick entry at typing speed and an import with preview', () => {
  const session = useBrowserTestSession();

  it('saves 20 events typed through the quick-entry line, in order, and keeps them across a reload', async () => {
    const temp = session.newTempDir();
    const server = await startServeProcess(['--port', '0', '--db', temp.file('debrief.sqlite')]);
    const { page, problems } = await openWatchedPage(session.browser, server.url, { timezoneId: 'Europe/Berlin', viewport: { width: 1920, height: 1080 } });
    await createMeeting(page, { title: TITLE, incidentId: 'INC-2041', severity: 'SEV2' });

    const line = page.getByRole('form', { name: 'Quick entry' }).getByLabel('Quick entry');
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    // T on the console puts the cursor in the quick-entry line.
    await page.keyboard.press('t');
    await expect.poll(() => line.evaluate((input) => input === input.ownerDocument.activeElement)).toBe(true);
    // The preview says how the line will be read before Enter is pressed.
    await page.keyboard.type('14:00 Deploy of checkout v2.31 started @ci-cd #trigger');
    const preview = page.locator('#quick-entry-preview');
    await expect.poll(() => preview.textContent()).toBe('Time14:00EventDeploy of checkout v2.31 startedActorci-cdPhaseTrigger');
    await line.fill('');

    const started = Date.now();
    for (const text of TYPED) {
      await page.keyboard.type(text);
      await page.keyboard.press('Enter');
    }
    const typedMs = Date.now() - started;
    // Every row is on screen at once, before the saves come back.
    await expect.poll(() => timelineRows(page).count()).toBe(20);
    await waitUntilAllSaved(page);
    const savedMs = Date.now() - started;
    console.log(`20 quick entries typed in ${typedMs} ms (keyboard included), all saved ${savedMs} ms after the first key`);
    expect(await line.inputValue()).toBe('');
    expect(await shownWithPhases(page)).toEqual(EXPECTED);

    await page.reload();
    await expect.poll(() => timelineRows(page).count()).toBe(20);
    expect(await shownWithPhases(page)).toEqual(EXPECTED);

    // A line the app cannot read is kept in the field with the reason, never half-saved.
    await line.fill('+5x Something odd');
    await expect.poll(() => preview.textContent()).toContain('Time: "+5x" is not a step such as +90s, +5m or +1h');
    await line.press('Enter');
    expect(await line.inputValue()).toBe('+5x Something odd');
    expect(await timelineRows(page).count()).toBe(20);
    expect(problems).toEqual([]);
  });

  it('imports a CSV file through the dialog: preview with rejected rows, nothing written before Import', async () => {
    const temp = session.newTempDir();
    const server = await startServeProcess(['--port', '0', '--db', temp.file('debrief.sqlite')]);
    const { page, problems } = await openWatchedPage(session.browser, server.url, { timezoneId: 'America/New_York', viewport: { width: 1920, height: 1080 } });
    await createMeeting(page, { title: TITLE, incidentId: 'INC-2041' });
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();

    await page.getByRole('button', { name: 'Import timeline…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import timeline' });
    const csv = [
      'time,event,actor,phase',
      '2026-11-20 14:00,Deployment started,CI/CD,trigger',
      '2026-11-20 19:05 UTC,"Error rate increased, p99 above 4 s",Monitoring,detection',
      '2026-11-20T14:07:00-05:00,"Pager said ""SEV2""',
      'and the on-call acknowledged",PagerDuty,response',
      'later,Someone joined,,',
      '2026-11-20 14:09,Rollback,,aftermath',
    ].join('\r\n');
    await dialog.getByLabel('File').setInputFiles({ name: 'timeline.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });

    const previewRows = dialog.getByRole('table', { name: 'Events to import' }).locator('tbody tr');
    await expect.poll(() => previewRows.count()).toBe(3);
    const cells = await previewRows.evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? '')));
    expect(cells.map((row) => row.slice(1, 6))).toEqual([
      ['2026-11-20', '14:00', 'Deployment started', 'CI/CD', 'Trigger'],
      ['2026-11-20', '14:05', 'Error rate increased, p99 above 4 s', 'Monitoring', 'Detection'],
      ['2026-11-20', '14:07:00', 'Pager said "SEV2"\nand the on-call acknowledged', 'PagerDuty', 'Response'],
    ]);
    expect(await dialog.getByRole('list', { name: 'Rejected rows' }).getByRole('listitem').allTextContents()).toEqual([
      'Line 6 time: "later" is not a time (use HH:MM, YYYY-MM-DD HH:MM or ISO 8601)',
      'Line 7 phase: "aftermath" is not one of trigger, detection, response, mitigation, resolution, other',
    ]);
    await page.screenshot({ path: screenshotPath('import-timeline-preview.png') });
    // Nothing is written while the preview is open.
    expect(await timelineRows(page).count()).toBe(0);

    await dialog.getByRole('button', { name: 'Import 3 events' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => timelineRows(page).count()).toBe(3);
    // The imported events set the day typed times belong to, so the rows show clock times only.
    expect((await shownTimeline(page)).map((row) => [row.time, row.description, row.actor])).toEqual([
      ['14:00:00', 'Deployment started', 'CI/CD'],
      ['14:05:00', 'Error rate increased, p99 above 4 s', 'Monitoring'],
      ['14:07:00', 'Pager said "SEV2"\nand the on-call acknowledged', 'PagerDuty'],
    ]);

    // Pasted chat: continuation lines join the message above, a bot line has no speaker.
    await page.getByRole('button', { name: 'Import timeline…' }).click();
    await dialog.getByLabel('Read as').selectOption('chat');
    await dialog
      .getByLabel('Or paste here')
      .fill('[2026-11-20 14:10] dana: gateway latency is back to normal\nconfirmed on the dashboard\n[2026-11-20 14:11] StatusBot posted an update');
    await expect.poll(() => previewRows.count()).toBe(2);
    await dialog.getByRole('button', { name: 'Import 2 events' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => timelineRows(page).count()).toBe(5);
    expect((await shownTimeline(page)).slice(3).map((row) => [row.time, row.description, row.actor])).toEqual([
      ['14:10:00', 'gateway latency is back to normal\nconfirmed on the dashboard', 'dana'],
      ['14:11:00', 'StatusBot posted an update', 'No actor'],
    ]);

    // A second source of the same incident: the line that repeats an event already in the timeline is skipped.
    await page.getByRole('button', { name: 'Import timeline…' }).click();
    await dialog.getByLabel('Read as').selectOption('chat');
    await dialog.getByLabel('Or paste here').fill('[2026-11-20 14:00] CI/CD: deployment started\n[2026-11-20 14:12] dana: all clear');
    await expect.poll(() => previewRows.count()).toBe(2);
    await dialog.getByRole('heading', { name: '1 event to import, 1 likely duplicate skipped' }).waitFor();
    const duplicateCells = await previewRows.evaluateAll((rows) => rows.map((row) => row.querySelector('td:last-child')?.textContent ?? ''));
    expect(duplicateCells).toEqual(['Already in the timeline', '']);
    expect(await accessibilityViolations(page), 'import preview with a duplicate').toEqual([]);
    await dialog.getByLabel(/^Import the likely duplicates too/).check();
    await dialog.getByRole('button', { name: 'Import 2 events' }).waitFor();
    await dialog.getByLabel(/^Import the likely duplicates too/).uncheck();
    await dialog.getByRole('button', { name: 'Import 1 event' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => timelineRows(page).count()).toBe(6);
    expect((await shownTimeline(page)).at(-1)?.description).toBe('all clear');

    await page.reload();
    await expect.poll(() => timelineRows(page).count()).toBe(6);
    expect(problems).toEqual([]);
  });
});
