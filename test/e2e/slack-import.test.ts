import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { accessibilityViolations, callApi, openImportDialog, screenshotPath, useBrowserTestSession } from '../harness/index.ts';
import { buildSlackExport } from '../harness/slack-export.ts';
import { zipFolder } from '../harness/zip-folder.ts';

const TITLE = 'Card payments failing';
const SLACK_FIXTURE = path.join(import.meta.dirname, '..', 'fixtures', 'timeline-formats', 'slack');

interface StoredEvent {
  description: string;
  source: string;
  origin: string;
}

describe('a Slack export through the import dialog (issue 17)', () => {
  const session = useBrowserTestSession();

  it('recognises the ZIP, lets channels be left out, imports with the channel as origin, then skips a repeat as duplicates', async () => {
    const { page, problems, server, meetingId, dialog } = await openImportDialog(session, { title: TITLE, incidentId: 'INC-311' });
    const stored = () => callApi<StoredEvent[]>(server, 'timeline.list', { meetingId });
    const zip = { name: 'slack-export.zip', mimeType: 'application/zip', buffer: Buffer.from(zipFolder(SLACK_FIXTURE)) };
    await dialog.getByLabel('File').setInputFiles(zip);
    await expect.poll(() => dialog.locator('#import-format-hint').textContent()).toMatch(/^Recognised as Slack/);
    const channels = dialog.getByRole('group', { name: 'Channels' }).getByRole('checkbox');
    await expect.poll(() => channels.count()).toBe(3);
    await dialog.getByRole('heading', { name: '15 events to import, 1 rejected' }).waitFor();
    expect(await accessibilityViolations(page, '.import-dialog'), 'Slack preview').toEqual([]);
    await dialog.screenshot({ path: screenshotPath('import-slack-export.png') });

    // Leaving the alerts channel out leaves its messages out of the preview.
    await dialog.getByRole('checkbox', { name: /^#ops-alerts/ }).uncheck();
    const heading = dialog.getByRole('heading', { name: /events? to import/ });
    await expect.poll(() => heading.textContent()).not.toBe('15 events to import, 1 rejected');
    const fewer = Number((await heading.textContent())?.match(/^(\d+)/)?.[1]);
    expect(fewer).toBeLessThan(15);
    await dialog.getByRole('button', { name: `Import ${fewer} events` }).click();
    await dialog.waitFor({ state: 'hidden' });
    const events = await stored();
    expect(events).toHaveLength(fewer);
    expect(new Set(events.map((event) => event.source))).toEqual(new Set(['slack_import']));
    expect(events.every((event) => event.origin.startsWith('#inc-311-card-payments'))).toBe(true);
    // The timeline says where each event came from.
    await expect.poll(() => page.locator('.timeline-row').first().textContent()).toContain('Slack · #inc-311-card-payments');

    // The same export again: what is already in the timeline is listed as duplicates and skipped.
    await page.getByRole('button', { name: 'Import timeline…' }).click();
    await dialog.getByLabel('File').setInputFiles(zip);
    await dialog.getByRole('heading', { name: /likely duplicates skipped/ }).waitFor();
    await dialog.getByRole('checkbox', { name: /^#ops-alerts/ }).uncheck();
    await dialog.getByRole('heading', { name: `0 events to import, ${fewer} likely duplicates skipped, 1 rejected` }).waitFor();
    const duplicateCells = await dialog
      .getByRole('table', { name: 'Events to import' })
      .locator('tbody tr:not(.import-table__day) td:last-child')
      .allTextContents();
    expect(new Set(duplicateCells)).toEqual(new Set(['Already in the timeline']));
    expect(await dialog.getByRole('button', { name: 'Import 0 events' }).isDisabled()).toBe(true);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await stored()).toHaveLength(fewer);
    expect(problems).toEqual([]);
  });

  it('imports a generated export of 3,000 messages over four channels', async () => {
    const { problems, server, meetingId, dialog } = await openImportDialog(session, { title: TITLE });
    const generated = buildSlackExport({ messages: 3_000 });
    await dialog.getByLabel('File').setInputFiles({ name: 'big.zip', mimeType: 'application/zip', buffer: Buffer.from(generated.bytes) });
    await dialog.getByRole('heading', { name: '3,000 events to import' }).waitFor();
    await dialog.getByRole('button', { name: 'Import 3,000 events' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await callApi<unknown[]>(server, 'timeline.list', { meetingId })).toHaveLength(3_000);
    expect(problems).toEqual([]);
  });
});
