import fs from 'node:fs';
import { unzipSync } from 'fflate';
import MarkdownIt from 'markdown-it';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import {
  accessibilityViolations,
  callApi as call,
  openWatchedPage,
  samplePng,
  screenshotPath,
  startServeProcess,
  useBrowserTestSession,
} from '../harness/index.ts';

const TITLE = 'GitLab database outage, 31 January';

/** The timeline row of an event, found by its description (a row holds evidence items of its own, so not by role). */
const row = (page: Page, description: string): Locator => page.locator('li.timeline-row').filter({ hasText: description });
const evidenceOf = (page: Page, description: string): Locator => row(page, description).getByTestId('evidence');

/** A paste of one image file into the element, as the clipboard hands a screenshot to the page. */
async function pasteImage(target: Locator, name: string, bytes: Buffer): Promise<void> {
  await target.evaluate(
    (element, file) => {
      // The page's own classes, typed here because the tests typecheck without the DOM library.
      const page = globalThis as unknown as {
        DataTransfer: new () => { items: { add(file: unknown): void } };
        ClipboardEvent: new (type: string, init: object) => unknown;
        File: new (parts: unknown[], name: string, options: object) => unknown;
      };
      const transfer = new page.DataTransfer();
      transfer.items.add(new page.File([new Uint8Array(file.bytes)], file.name, { type: 'image/png' }));
      (element as unknown as { dispatchEvent(event: unknown): void }).dispatchEvent(
        new page.ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
      );
    },
    { name, bytes: [...bytes] },
  );
}

describe('evidence on timeline events', () => {
  const session = useBrowserTestSession();

  it('picks and pastes graph screenshots onto events, shows thumbnails, refuses an SVG, and exports them', async () => {
    const temp = session.newTempDir();
    const server = await startServeProcess(['--port', '0', '--db', temp.file('debrief.sqlite')]);
    const meeting = await call<Meeting>(server, 'meetings.create', { title: TITLE, incidentId: 'INC-2017-0131', severity: 'SEV1', timeZone: 'UTC' });
    for (const [at, description] of [
      ['2017-01-31T21:00:00Z', 'Replication lag alert for db2 fired'],
      ['2017-01-31T23:27:00Z', 'Data directory on db1 removed by mistake'],
    ] as const) {
      await call(server, 'timeline.add', { meetingId: meeting.id, occurredAt: Date.parse(at), description });
    }
    const { page, problems } = await openWatchedPage(session.browser, `${server.url}#/meetings/${meeting.id}`, {
      timezoneId: 'UTC',
      colorScheme: 'light',
      acceptDownloads: true,
      viewport: { width: 1366, height: 768 },
    });
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();

    // Pick: the Attach button opens the file picker; the thumbnail shows with the file's name as its description.
    const lag = evidenceOf(page, 'Replication lag alert');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), lag.getByRole('button', { name: 'Attach image' }).click()]);
    await chooser.setFiles({ name: 'replication-lag.png', mimeType: 'image/png', buffer: samplePng() });
    const thumbnail = lag.getByRole('img', { name: 'replication lag' });
    await thumbnail.waitFor();
    await expect.poll(() => thumbnail.evaluate((image) => (image as unknown as { naturalWidth: number }).naturalWidth)).toBe(64);
    await expect.poll(() => lag.getByTestId('evidence-item').getAttribute('data-status')).toBe('saved');

    // The description is the alt text; the user can write a better one.
    const description = lag.getByLabel('Description of the image replication-lag.png');
    await description.fill('Replication lag on db2 climbing to 4 GB');
    await description.press('Enter');
    await lag.getByRole('img', { name: 'Replication lag on db2 climbing to 4 GB' }).waitFor();

    // Paste: a screenshot pasted while the keyboard is on the other event's Attach button.
    const removed = evidenceOf(page, 'Data directory on db1 removed');
    await removed.getByRole('button', { name: 'Attach image' }).focus();
    await pasteImage(removed.getByRole('button', { name: 'Attach image' }), 'image.png', samplePng(32, 16));
    const pasted = removed.getByRole('img', { name: 'image' });
    await pasted.waitFor();
    await expect.poll(() => removed.getByTestId('evidence-item').getAttribute('data-status')).toBe('saved');

    // Removing goes onto the app's one undo stack: Ctrl+Z uploads the same image again.
    await removed.getByRole('button', { name: 'Remove image: image' }).click();
    await expect.poll(() => pasted.count()).toBe(0);
    await expect.poll(() => page.getByTestId('undo-toast').textContent()).toContain('Removed');
    await page.keyboard.press('Control+z');
    await pasted.waitFor();
    await expect.poll(() => removed.getByTestId('evidence-item').getAttribute('data-status')).toBe('saved');

    // An SVG is refused by what it is, whatever its name; the message names the file.
    const [svgChooser] = await Promise.all([page.waitForEvent('filechooser'), lag.getByRole('button', { name: 'Attach image' }).click()]);
    await svgChooser.setFiles({ name: 'lag-graph.png', mimeType: 'image/png', buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>') });
    await expect.poll(() => lag.getByRole('alert').textContent()).toBe('"lag-graph.png" is an SVG drawing: attach a PNG, JPEG, GIF or WebP image.');

    // A link, typed with the keyboard.
    await lag.getByRole('button', { name: 'Add link' }).click();
    await lag.getByLabel('Address').fill('https://dashboards.example.com/d/db-replication');
    await lag.getByLabel('Text (optional)').fill('Replication dashboard');
    await lag.getByLabel('Address').press('Enter');
    await lag.getByRole('link', { name: 'Replication dashboard' }).waitFor();

    const stored = await call<Array<{ kind: string; caption: string }>>(server, 'evidence.list', { meetingId: meeting.id });
    expect(stored.map((item) => [item.kind, item.caption])).toEqual([
      ['image', 'Replication lag on db2 climbing to 4 GB'],
      ['image', 'image'],
      ['link', 'Replication dashboard'],
    ]);
    await row(page, 'Replication lag alert').screenshot({ path: screenshotPath('evidence-timeline-row.png') });
    expect(await accessibilityViolations(page, 'li.timeline-row')).toEqual([]);

    // Export as Markdown: in a browser, one ZIP of the report and its images folder, every image link resolving.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+E');
    const dialog = page.getByRole('dialog', { name: 'Export report' });
    await expect.poll(async () => (await dialog.getByTestId('export-preview').textContent()) ?? '').toContain('## Evidence');
    // Redaction (issue 16) replaces web addresses unless kept, and says the images were not read: this link is kept.
    const findings = dialog.getByTestId('redaction-review');
    expect(await findings.getByTestId('redaction-images').textContent()).toContain('2 images');
    await findings.getByRole('checkbox', { name: 'Replace https://dashboards.example.com/d/db-replication' }).uncheck();
    await expect
      .poll(async () => (await dialog.getByTestId('export-preview').textContent()) ?? '')
      .toContain('https://dashboards.example.com/d/db-replication');
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Save', exact: true }).click()]);
    expect(download.suggestedFilename()).toMatch(/^INC-2017-0131-.*\.zip$/);
    const files = unzipSync(new Uint8Array(fs.readFileSync(await download.path())));
    const markdownName = Object.keys(files).find((name) => name.endsWith('.md'));
    expect(markdownName).toBeDefined();
    const markdown = new TextDecoder().decode(files[markdownName!]);
    const images = new MarkdownIt()
      .parse(markdown, {})
      .flatMap((token) => token.children ?? [])
      .filter((token) => token.type === 'image')
      .map((token) => ({ alt: token.content, src: decodeURIComponent(String(token.attrGet('src'))) }));
    expect(images.map((image) => image.alt)).toEqual(['Replication lag on db2 climbing to 4 GB', 'image']);
    expect(Buffer.from(files[images[0]!.src]!).equals(samplePng())).toBe(true);
    expect(Buffer.from(files[images[1]!.src]!).equals(samplePng(32, 16))).toBe(true);
    expect(markdown).toContain('https://dashboards.example.com/d/db-replication');
    expect(problems).toEqual([]);
  });
});
