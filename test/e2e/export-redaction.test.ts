import fs from 'node:fs';
import type { Download, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import {
  accessibilityViolations,
  callApi as call,
  openWatchedPage,
  screenshotPath,
  startServeProcess,
  useBrowserTestSession,
  type ServeProcess,
} from '../harness/index.ts';
import { docxText, markdownTexts } from '../integration/redaction-planted-meeting.ts';

const TITLE = 'Payments outage for Acme Bank';
/** Planted values, each written from its format's definition (issue 16). */
const EMAIL = 'priya.rao@acme-bank.com';
const IP = '10.42.7.19';
const URL_TEXT = 'https://grafana.example.com/d/qx7Hk2/payments';
const TOKEN = 'AKIAIOSFODNN7EXAMPLE';
const PHONE = '+44 20 7946 0958';
const HOST = 'pg-primary-2.corp';

async function seedMeeting(server: ServeProcess): Promise<Meeting> {
  const meeting = await call<Meeting>(server, 'meetings.create', { title: TITLE, incidentId: 'INC-123', severity: 'SEV1', timeZone: 'UTC' });
  await call(server, 'meetings.update', {
    id: meeting.id,
    patch: { summary: `At 14:05 version 1.2.3 failed; dashboard ${URL_TEXT}`, customerCommunication: `Bridge line ${PHONE}` },
  });
  await call(server, 'timeline.add', {
    meetingId: meeting.id,
    occurredAt: Date.parse('2026-11-20T14:05:00Z'),
    description: `Alert from ${IP} paged ${EMAIL}`,
    actor: 'Ana Lima',
    phase: 'detection',
  });
  await call(server, 'whys.add', { meetingId: meeting.id, parentId: null, kind: 'root', text: `Key ${TOKEN} was committed` });
  await call(server, 'notes.add', { meetingId: meeting.id, category: 'lesson', text: `Phone ${PHONE} again; ${HOST} was full` });
  await call(server, 'actions.add', { meetingId: meeting.id, title: `Rotate the key used on ${HOST}`, owner: 'Ana Lima', dueOn: '2026-12-04' });
  await call(server, 'redaction.addTerm', { term: 'Ana Lima' });
  return meeting;
}

const exportDialog = (page: Page): Locator => page.getByRole('dialog', { name: 'Export report' });
const review = (page: Page): Locator => exportDialog(page).getByTestId('redaction-review');
/** The preview's Markdown with its escapes read (a replacement such as [email] is written \\[email\\]). */
const previewText = async (page: Page): Promise<string> => markdownTexts((await exportDialog(page).getByTestId('export-preview').textContent()) ?? '');
const findingValues = async (page: Page): Promise<string[]> => review(page).locator('.redaction-finding__value').allTextContents();

async function saveAndDownload(page: Page): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download'), exportDialog(page).getByRole('button', { name: 'Save', exact: true }).click()]);
  return fs.readFileSync(await (download as Download).path());
}

describe('export with redaction, in Chromium', () => {
  const session = useBrowserTestSession();

  it('lists what it found, keeps the one kept, replaces the rest in every format, and lets the user add a name', async () => {
    const temp = session.newTempDir();
    const server = await startServeProcess(['--port', '0', '--db', temp.file('debrief.sqlite')]);
    const meeting = await seedMeeting(server);
    const { page, problems } = await openWatchedPage(session.browser, `${server.url}#/meetings/${meeting.id}`, {
      timezoneId: 'UTC',
      acceptDownloads: true,
      viewport: { width: 1440, height: 960 },
    });
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.keyboard.press('Control+E');
    await review(page).waitFor();

    // Each value once, however often it occurs; the list's own name is found; the customer is not on the list yet.
    await expect.poll(() => findingValues(page)).toEqual(expect.arrayContaining([EMAIL, IP, URL_TEXT, TOKEN, PHONE, HOST, 'Ana Lima']));
    const values = await findingValues(page);
    expect(values.filter((value) => value === PHONE)).toHaveLength(1);
    expect(values.some((value) => value.includes('14:05') || value.includes('1.2.3') || value.includes('INC-123'))).toBe(false);
    await expect.poll(previewText.bind(null, page)).toContain('[email]');
    expect(await previewText(page)).not.toContain(EMAIL);
    const phone = review(page).getByRole('checkbox', { name: `Replace ${PHONE}` });
    expect(await phone.isChecked()).toBe(true);
    expect(await review(page).getByTestId('redaction-finding').filter({ hasText: PHONE }).textContent()).toContain('Becomes [phone]');

    // Add the customer's name to the list from the dialog: it is found at once.
    await review(page).getByText('Names to look for (1)').click();
    await review(page).getByLabel('Name', { exact: true }).fill('acme bank');
    await review(page).getByRole('button', { name: 'Add name' }).click();
    await expect.poll(() => findingValues(page)).toContain('Acme Bank');
    // The same name twice is refused, naming the field.
    await review(page).getByLabel('Name', { exact: true }).fill('ACME BANK');
    await review(page).getByRole('button', { name: 'Add name' }).click();
    await expect.poll(() => review(page).locator('.field__error').textContent()).toContain('already in the list');

    // Keep the phone number, by keyboard.
    await phone.focus();
    await page.keyboard.press('Space');
    expect(await phone.isChecked()).toBe(false);
    await expect.poll(previewText.bind(null, page)).toContain(PHONE);
    expect(await review(page).getByTestId('redaction-finding').filter({ hasText: PHONE }).textContent()).toContain('Kept as written');
    expect(await review(page).getByTestId('redaction-images').count()).toBe(0);
    await page.screenshot({ path: screenshotPath('export-redaction.png') });
    expect(await accessibilityViolations(page, '.export-dialog')).toEqual([]);

    const planted = [EMAIL, IP, URL_TEXT, 'qx7Hk2', TOKEN, HOST, 'pg-primary-2', 'Ana Lima', 'Acme Bank', 'acme bank'];
    const expectRedacted = (text: string, format: string) => {
      for (const value of planted) expect(text, `${format}: ${value}`).not.toContain(value);
      expect(text, format).toContain(PHONE);
      for (const harmless of ['14:05', 'version 1.2.3', 'INC-123', 'SEV1']) expect(text, `${format}: ${harmless}`).toContain(harmless);
    };

    expectRedacted(markdownTexts((await saveAndDownload(page)).toString('utf8')), 'md');
    await exportDialog(page).getByRole('radio', { name: /Word/ }).check();
    await expect.poll(() => exportDialog(page).getByTestId('export-file-name').textContent()).toMatch(/\.docx$/);
    expectRedacted(docxText(await saveAndDownload(page)), 'docx');
    await exportDialog(page)
      .getByRole('radio', { name: /archive/i })
      .check();
    await expect.poll(() => exportDialog(page).getByTestId('export-file-name').textContent()).toMatch(/\.json$/);
    expectRedacted((await saveAndDownload(page)).toString('utf8'), 'json');

    // "Replace all" brings the phone number back under replacement; the stored review still has everything.
    await review(page).getByRole('button', { name: 'Replace all' }).click();
    await expect.poll(previewText.bind(null, page)).not.toContain(PHONE);
    const stored = await call<Meeting>(server, 'meetings.get', { id: meeting.id });
    expect(stored.title).toBe(TITLE);
    expect(problems).toEqual([]);
  });
});
