import { describe, expect, it } from 'vitest';
import { accessibilityViolations, callApi, openImportDialog, screenshotPath, timelineCsv, useBrowserTestSession } from '../harness/index.ts';

const TITLE = 'Replication lag during the night';
const ROWS = 50_000;

describe('a 50,000-row CSV through the import dialog (issue 17)', () => {
  const session = useBrowserTestSession();

  it('imports in chunks with a progress bar; Cancel takes it all back; Undo removes a finished import as one step', async () => {
    const { page, problems, server, meetingId, dialog } = await openImportDialog(session, { title: TITLE, incidentId: 'INC-5000' });
    const stored = async () => (await callApi<unknown[]>(server, 'timeline.list', { meetingId })).length;
    const csv = Buffer.from(timelineCsv(ROWS));
    await dialog.getByLabel('File').setInputFiles({ name: 'replica-lag.csv', mimeType: 'text/csv', buffer: csv });
    await dialog.getByRole('heading', { name: '50,000 events to import' }).waitFor({ timeout: 30_000 });
    expect(await dialog.getByLabel('Read as').inputValue()).toBe('auto');
    await expect.poll(() => dialog.locator('#import-format-hint').textContent()).toBe('Recognised as CSV (time, event, actor, phase).');
    expect(await accessibilityViolations(page, '.import-dialog'), 'preview of 50,000 rows').toEqual([]);

    // Cancel part way: the progress bar shows how far it got, and nothing stays behind.
    await dialog.getByRole('button', { name: 'Import 50,000 events' }).click();
    const progress = dialog.getByRole('progressbar', { name: /^Imported [\d,]+ of 50,000 events$/ });
    await progress.waitFor();
    await dialog.screenshot({ path: screenshotPath('import-progress.png') });
    await dialog.getByRole('button', { name: 'Cancel import' }).click();
    await dialog.getByRole('status').filter({ hasText: 'Import cancelled: nothing was added to the timeline.' }).waitFor({ timeout: 30_000 });
    expect(await stored()).toBe(0);

    // The whole file, timed from the click to the dialog closing.
    const started = Date.now();
    await dialog.getByRole('button', { name: 'Import 50,000 events' }).click();
    await dialog.waitFor({ state: 'hidden', timeout: 60_000 });
    console.info(`50,000 CSV rows through the dialog: ${Date.now() - started} ms`);
    const toast = page.getByTestId('undo-toast');
    expect(await toast.textContent()).toContain('Imported replica-lag.csv (50,000 events)');
    expect(await stored()).toBe(ROWS);
    const first = (await callApi<Array<{ description: string; source: string }>>(server, 'timeline.list', { meetingId }))[0];
    expect(first).toMatchObject({ description: 'Replica lag 0 s, "db2" behind', source: 'csv_import' });

    // Undo (Ctrl+Z, as the toast's button does) takes the whole import back as one step.
    await page.keyboard.press('Control+z');
    await expect.poll(stored, { timeout: 30_000 }).toBe(0);
    expect(problems).toEqual([]);
  });
});
