import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { accessibilityViolations, callApi, openImportDialog, useBrowserTestSession } from '../harness/index.ts';

const TITLE = 'Checkout payments slow';
const LOG = path.join(import.meta.dirname, '..', 'fixtures', 'timeline-formats', 'jsonl', 'app-bunyan.log');

describe('a JSON Lines log through the import dialog (issue 17)', () => {
  const session = useBrowserTestSession();

  it('guesses the time, message and actor fields, shows them, and reads another field when one is chosen', async () => {
    const { page, problems, server, meetingId, dialog } = await openImportDialog(session, { title: TITLE });
    await dialog.getByLabel('File').setInputFiles({ name: 'app-bunyan.log', mimeType: 'text/plain', buffer: fs.readFileSync(LOG) });
    await expect.poll(() => dialog.locator('#import-format-hint').textContent()).toMatch(/^Recognised as JSON Lines/);
    const fields = dialog.getByRole('group', { name: 'Fields of each line' });
    // Bunyan writes the time as "time", the message as "msg" and the program as "name": the fields a reader would pick.
    expect(await fields.getByLabel('Time field').inputValue()).toBe('time');
    expect(await fields.getByLabel('Message field').inputValue()).toBe('msg');
    const events = dialog.getByRole('table', { name: 'Events to import' }).locator('tbody tr:not(.import-table__day) td:nth-child(4)');
    await expect.poll(() => events.first().textContent()).toBe('checkout service started');
    expect(await accessibilityViolations(page, '.import-dialog'), 'JSON Lines preview').toEqual([]);

    await fields.getByLabel('Actor field').selectOption('hostname');
    const actors = dialog.getByRole('table', { name: 'Events to import' }).locator('tbody tr:not(.import-table__day) td:nth-child(5)');
    await expect.poll(() => actors.first().textContent()).toBe('web-1');
    const count = Number((await dialog.getByRole('heading', { name: /events? to import/ }).textContent())?.match(/^(\d+)/)?.[1]);
    await dialog.getByRole('button', { name: `Import ${count} events` }).click();
    await dialog.waitFor({ state: 'hidden' });
    const stored = await callApi<Array<{ description: string; actor: string; source: string; origin: string }>>(server, 'timeline.list', {
      meetingId,
    });
    expect(stored).toHaveLength(count);
    expect(stored.find((event) => event.description === 'checkout service started')).toMatchObject({
      actor: 'web-1',
      source: 'jsonl_import',
      origin: 'app-bunyan.log',
    });
    expect(problems).toEqual([]);
  });
});
