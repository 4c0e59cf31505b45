import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type { Download, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import { REPORT_LAYOUT_DESCRIPTORS } from '../../src/shared/report/layouts.ts';
import {
  startServeProcess,
  type ServeProcess,
  callApi as call,
  expectPageProblems,
  openWatchedPage,
  screenshotPath,
  useBrowserTestSession,
} from '../harness/index.ts';

/** The page's clipboard, typed here because the tests typecheck without the DOM library. */
interface ClipboardWindow {
  navigator: { clipboard: { readText(): Promise<string> } };
}

const TITLE = 'Checkout errors after a payment-service deploy';
const EVENTS = [
  { at: '2026-11-20T13:02:00Z', description: 'Deploy of payment-service 4.12 started', actor: 'CI/CD', phase: 'trigger' },
  { at: '2026-11-20T13:09:00Z', description: 'Checkout error-rate alert fired', actor: 'Alertmanager', phase: 'detection' },
  { at: '2026-11-20T13:31:00Z', description: 'Rolled back to payment-service 4.11', actor: 'On-call SRE', phase: 'mitigation' },
] as const;

/** A meeting with facts, a timeline, a why chain with a root cause and an action item, written through the API. */
async function seedMeeting(server: ServeProcess): Promise<Meeting> {
  const meeting = await call<Meeting>(server, 'meetings.create', { title: TITLE, incidentId: 'INC-2041', severity: 'SEV2', timeZone: 'Europe/Berlin' });
  for (const event of EVENTS) {
    await call(server, 'timeline.add', {
      meetingId: meeting.id,
      occurredAt: Date.parse(event.at),
      description: event.description,
      actor: event.actor,
      phase: event.phase,
    });
  }
  const why = await call<{ id: string }>(server, 'whys.add', {
    meetingId: meeting.id,
    parentId: null,
    text: 'The new connection pool size was not load-tested',
  });
  await call(server, 'whys.add', { meetingId: meeting.id, parentId: why.id, text: 'The staging load test does not cover payment-service', kind: 'root' });
  await call(server, 'actions.add', { meetingId: meeting.id, title: 'Add payment-service to the staging load test', owner: '@priya', dueOn: '2026-12-04' });
  return meeting;
}

const exportDialog = (page: Page): Locator => page.getByRole('dialog', { name: 'Export report' });
const preview = (page: Page): Locator => exportDialog(page).getByTestId('export-preview');
const previewText = async (page: Page): Promise<string> => (await preview(page).textContent()) ?? '';
const headings = async (page: Page): Promise<string[]> => (await previewText(page)).split('\n').filter((line) => /^#{1,3} /.test(line));
const fileName = async (page: Page): Promise<string> => (await exportDialog(page).getByTestId('export-file-name').textContent()) ?? '';

async function saveAndDownload(page: Page): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download'), exportDialog(page).getByRole('button', { name: 'Save', exact: true }).click()]);
  return download;
}

async function downloadedBytes(download: Download): Promise<Buffer> {
  const saved = await download.path();
  return fs.readFileSync(saved);
}

describe('export the report from the meeting console', () => {
  const session = useBrowserTestSession();

  it('previews each layout live, saves Markdown, Word and the archive, copies the Markdown, and imports the archive back', async () => {
    const temp = session.newTempDir();
    const server = await startServeProcess(['--port', '0', '--db', temp.file('debrief.sqlite')]);
    const meeting = await seedMeeting(server);
    const { page, problems } = await openWatchedPage(session.browser, `${server.url}#/meetings/${meeting.id}`, {
      timezoneId: 'Europe/Berlin',
      colorScheme: 'light',
      acceptDownloads: true,
      viewport: { width: 1440, height: 960 },
    });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.locator('.console-header').screenshot({ path: screenshotPath('export-console-button.png') });

    // Mod+E opens the dialog; the Markdown preview has the incident id and every timeline row.
    await page.keyboard.press('Control+E');
    await preview(page).waitFor();
    await expect.poll(() => previewText(page)).toContain('INC-2041');
    const pirText = await previewText(page);
    for (const event of EVENTS) expect(pirText).toContain(event.description);
    expect(await fileName(page)).toMatch(/^INC-2041-.*\.md$/);
    const pirHeadings = await headings(page);
    for (const section of REPORT_LAYOUT_DESCRIPTORS.pir.sections)
      expect(
        pirHeadings.some((heading) => heading.includes(section.title)),
        section.title,
      ).toBe(true);
    await page.screenshot({ path: screenshotPath('export-dialog.png') });

    // Another layout: other headings.
    await exportDialog(page).getByLabel('Layout').selectOption('meeting');
    await expect.poll(async () => (await headings(page)).some((heading) => heading.includes('Meeting details'))).toBe(true);
    const meetingHeadings = await headings(page);
    expect(meetingHeadings.some((heading) => heading.includes('Executive summary'))).toBe(false);
    expect(meetingHeadings).not.toEqual(pirHeadings);

    // Unticking a section takes it out of the preview.
    const timelineTitle = REPORT_LAYOUT_DESCRIPTORS.meeting.sections.find((section) => section.id === 'timeline')?.title ?? '';
    expect(meetingHeadings.some((heading) => heading.includes(timelineTitle))).toBe(true);
    await exportDialog(page).getByRole('checkbox', { name: timelineTitle }).uncheck();
    await expect.poll(async () => (await headings(page)).some((heading) => heading.includes(timelineTitle))).toBe(false);
    expect(await previewText(page)).not.toContain(EVENTS[1].description);

    // "None" leaves nothing to save; "All" brings every section back.
    await exportDialog(page).getByRole('button', { name: 'None', exact: true }).click();
    expect(await exportDialog(page).getByRole('button', { name: 'Save', exact: true }).isDisabled()).toBe(true);
    await expect.poll(() => exportDialog(page).getByTestId('export-status').textContent()).toContain('at least one section');
    await exportDialog(page).getByRole('button', { name: 'All', exact: true }).click();
    await exportDialog(page).getByRole('checkbox', { name: timelineTitle }).uncheck();
    await expect.poll(async () => (await headings(page)).some((heading) => heading.includes(timelineTitle))).toBe(false);

    // Save as Markdown: a download named as shown, holding exactly the previewed text.
    const markdownName = await fileName(page);
    const markdownText = await previewText(page);
    const markdown = await saveAndDownload(page);
    expect(markdown.suggestedFilename()).toBe(markdownName);
    expect((await downloadedBytes(markdown)).toString('utf8')).toBe(markdownText);
    await expect.poll(() => exportDialog(page).getByTestId('export-status').textContent()).toBe(`Downloaded ${markdownName}`);

    // A double (or triple) click on Save downloads the file once.
    await page.waitForTimeout(1_100);
    const downloads: Download[] = [];
    const count = (download: Download) => void downloads.push(download);
    page.on('download', count);
    await exportDialog(page).getByRole('button', { name: 'Save', exact: true }).click({ clickCount: 3, delay: 30 });
    await expect.poll(() => downloads.length).toBe(1);
    await page.waitForTimeout(1_500);
    page.off('download', count);
    expect(downloads).toHaveLength(1);

    // Copy Markdown puts the same text on the clipboard.
    await exportDialog(page).getByRole('button', { name: 'Copy Markdown' }).click();
    await expect.poll(() => exportDialog(page).getByTestId('export-status').textContent()).toBe('Copied the Markdown to the clipboard.');
    expect(await page.evaluate(() => (globalThis as unknown as ClipboardWindow).navigator.clipboard.readText())).toBe(markdownText);

    // Word: the same content outline, a .docx that is a zip package.
    await exportDialog(page)
      .getByRole('radio', { name: /Word document/ })
      .check();
    await exportDialog(page).getByRole('heading', { name: 'Content outline' }).waitFor();
    await expect.poll(() => fileName(page)).toMatch(/^INC-2041-.*\.docx$/);
    const docx = await saveAndDownload(page);
    expect(docx.suggestedFilename()).toBe(await fileName(page));
    expect((await downloadedBytes(docx)).subarray(0, 2).toString('latin1')).toBe('PK');
    await expect.poll(() => exportDialog(page).getByTestId('export-status').textContent()).toBe(`Downloaded ${docx.suggestedFilename()}`);
    await page.screenshot({ path: screenshotPath('export-dialog-docx-saved.png') });

    // The archive: sections do not apply; the file is the whole meeting.
    await exportDialog(page)
      .getByRole('radio', { name: /Debrief archive/ })
      .check();
    await exportDialog(page).getByRole('heading', { name: 'Archive file' }).waitFor();
    expect(await exportDialog(page).getByRole('checkbox', { name: timelineTitle }).isDisabled()).toBe(true);
    const archive = await saveAndDownload(page);
    expect(archive.suggestedFilename()).toMatch(/^INC-2041-.*\.json$/);
    const archiveFile = temp.file(archive.suggestedFilename());
    await archive.saveAs(archiveFile);
    const parsed = JSON.parse(fs.readFileSync(archiveFile, 'utf8')) as { timeline: unknown[]; meeting: { title: string } };
    expect(parsed.meeting.title).toBe(TITLE);
    expect(parsed.timeline).toHaveLength(EVENTS.length);

    // Escape closes the dialog. Opened again, it reads the meeting afresh and starts from the last layout and format.
    await page.keyboard.press('Escape');
    await exportDialog(page).waitFor({ state: 'hidden' });
    await page.keyboard.press('Control+E');
    await exportDialog(page).getByRole('heading', { name: 'Archive file' }).waitFor();
    expect(await exportDialog(page).getByLabel('Layout').inputValue()).toBe('meeting');
    await exportDialog(page).getByRole('button', { name: 'Close', exact: true }).click();
    await exportDialog(page).waitFor({ state: 'hidden' });

    // The archive back in through the library: a second meeting with the same title opens.
    await page.goto(`${server.url}#/`);
    await page.getByRole('button', { name: 'Import archive…' }).waitFor();
    await page.locator('#import-archive-file').setInputFiles(archiveFile);
    await page.waitForURL((url) => /#\/meetings\//.test(url.hash) && !url.hash.includes(meeting.id));
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const meetings = await call<Array<{ title: string }>>(server, 'meetings.list', {});
    expect(meetings.filter((entry) => entry.title === TITLE)).toHaveLength(2);

    // The new meeting's own export, opened with the console's button, shows the same timeline.
    await page.getByRole('button', { name: /Export report…/ }).click();
    await expect.poll(() => previewText(page)).toContain(EVENTS[2].description);

    expect(problems).toEqual([]);
  });

  it('copies the Markdown through the older copy command when the page may not write the clipboard', async () => {
    const temp = session.newTempDir();
    const server = await startServeProcess(['--port', '0', '--db', temp.file('debrief.sqlite')]);
    const meeting = await seedMeeting(server);
    const { page, problems } = await openWatchedPage(session.browser, `${server.url}#/meetings/${meeting.id}`, { timezoneId: 'Europe/Berlin' });
    // As in a browser that refuses the page: writeText fails, as it does without permission.
    await page.addInitScript(() => {
      const clipboard = (globalThis as unknown as { navigator: { clipboard: { writeText(text: string): Promise<void> } } }).navigator.clipboard;
      clipboard.writeText = () => Promise.reject(new Error('Write permission denied.'));
    });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.keyboard.press('Control+E');
    await expect.poll(() => previewText(page)).toContain('INC-2041');
    const markdownText = await previewText(page);

    await exportDialog(page).getByRole('button', { name: 'Copy Markdown' }).click();
    await expect.poll(() => exportDialog(page).getByTestId('export-status').textContent()).toBe('Copied the Markdown to the clipboard.');
    await page.context().grantPermissions(['clipboard-read'], { origin: new URL(server.url).origin });
    expect(await page.evaluate(() => (globalThis as unknown as ClipboardWindow).navigator.clipboard.readText())).toBe(markdownText);
    // The helper textarea is gone and the focus is back on the button.
    expect(await exportDialog(page).locator('textarea').count()).toBe(0);
    expect(
      await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { textContent: string } | null } }).document.activeElement?.textContent),
    ).toBe('Copy Markdown');
    expect(problems).toEqual([]);
  });

  it('says when the meeting cannot be read, offers Try again, and follows the meeting as it changes', async () => {
    const temp = session.newTempDir();
    const server = await startServeProcess(['--port', '0', '--db', temp.file('debrief.sqlite')]);
    // A link to a meeting that does not exist yet: the console says so, and so does the export.
    const meetingId = randomUUID();
    const { page, problems } = await openWatchedPage(session.browser, `${server.url}#/meetings/${meetingId}`, { timezoneId: 'Europe/Berlin' });
    await page.getByRole('heading', { level: 1, name: 'Meeting not found' }).waitFor();
    await page.keyboard.press('Control+E');
    const alert = exportDialog(page).getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/^The meeting could not be read for the report: /);

    // Try again reads it again: still not there, so the same message comes back.
    await exportDialog(page).getByRole('button', { name: 'Try again' }).click();
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/^The meeting could not be read for the report: /);

    // Once the meeting exists (here made by a script, as from another window), the dialog reads it by itself.
    await call(server, 'meetings.create', { id: meetingId, title: TITLE, incidentId: 'INC-2041' });
    await expect.poll(() => previewText(page)).toContain('INC-2041');
    expect(await alert.count()).toBe(0);

    // An event added meanwhile (here by a script, as from another window) appears in the open preview.
    await call(server, 'timeline.add', { meetingId, occurredAt: Date.parse(EVENTS[0].at), description: EVENTS[0].description, actor: EVENTS[0].actor });
    await expect.poll(() => previewText(page)).toContain(EVENTS[0].description);
    await page.keyboard.press('Escape');
    await exportDialog(page).waitFor({ state: 'hidden' });
    // The console's keys are back once the dialog is closed: the shortcut opens it again.
    await page.keyboard.press('Control+E');
    await preview(page).waitFor();
    expect(problems).toEqual([]);
  });

  it('shows why an archive is refused, in the server’s words, and opens nothing', async () => {
    const temp = session.newTempDir();
    const server = await startServeProcess(['--port', '0', '--db', temp.file('debrief.sqlite')]);
    const meeting = await seedMeeting(server);
    const archive = await call<Record<string, unknown>>(server, 'archive.export', { meetingId: meeting.id });
    const newer = temp.file('from-the-future.json');
    fs.writeFileSync(newer, JSON.stringify({ ...archive, version: 999 }));

    const watched = await openWatchedPage(session.browser, `${server.url}#/`, { colorScheme: 'light' });
    const { page } = watched;
    // An archive may be larger than one WebSocket message, so it is posted over HTTP; the refusal is a 400 there.
    expectPageProblems(watched, /the server responded with a status of 400/);
    await page.getByRole('button', { name: 'Import archive…' }).waitFor();
    await page.locator('#import-archive-file').setInputFiles(newer);
    const alert = page.getByRole('alert').filter({ hasText: 'from-the-future.json was not imported' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/newer version of Debrief/);
    expect(new URL(page.url()).hash).toBe('#/');
    expect(await call<unknown[]>(server, 'meetings.list', {})).toHaveLength(1);
    await page.screenshot({ path: screenshotPath('export-import-refused.png') });
  });
});
