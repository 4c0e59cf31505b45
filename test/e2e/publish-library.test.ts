import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import type { Review } from '../../src/shared/domain/review.ts';
import type { MeetingArchive } from '../../src/shared/archive/meeting-archive.ts';
import { publicationFiles } from '../../src/shared/publish/publication.ts';
import { INDEX_START } from '../../src/shared/publish/library-index.ts';
import { accessibilityViolations, callApi, openWatchedPage, screenshotPath, startServeProcess, useBrowserTestSession } from '../harness/index.ts';

const exportDialog = (page: Page) => page.getByRole('dialog', { name: 'Export report' });

describe('publishing into a shared folder, and reading one as a library source', () => {
  const session = useBrowserTestSession();

  it('publishes from the export dialog to a typed folder, marking the review published when asked', async () => {
    const temp = session.newTempDir();
    const server = await startServeProcess(['--port', '0', '--db', temp.file('debrief.sqlite')]);
    const meeting = await callApi<Meeting>(server, 'meetings.create', {
      title: 'Search | index lag',
      incidentId: 'INC-3001',
      severity: 'SEV3',
      timeZone: 'UTC',
    });
    // Sensitive text, replaced by default in the export dialog's review: the published files must not carry it.
    await callApi(server, 'timeline.add', {
      meetingId: meeting.id,
      occurredAt: Date.UTC(2026, 1, 3, 14, 5),
      description: 'Paged ana.lima@payments.example about the lag',
    });
    const library = temp.file('team-postmortems');
    const { page, problems } = await openWatchedPage(session.browser, `${server.url}#/meetings/${meeting.id}`, { viewport: { width: 1440, height: 960 } });
    await page.getByRole('heading', { level: 1, name: 'Search | index lag' }).waitFor();

    await page.keyboard.press('Control+E');
    const dialog = exportDialog(page);
    await dialog.getByLabel('Folder', { exact: true }).fill(library);
    await dialog.getByRole('button', { name: 'Publish to folder' }).click();
    // A draft: the dialog asks whether to mark it published.
    await dialog.getByText('This review is draft. Mark it published as well?').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Mark published and publish' }).click();
    await expect
      .poll(() => dialog.getByTestId('publish-status').textContent(), { timeout: 20_000 })
      .toMatch(/^Published to .*2026-\d\d-\d\d-INC-3001; the folder’s index lists 1 review\.$/);
    await page.screenshot({ path: screenshotPath('publish-dialog.png') });

    const [folder] = fs.readdirSync(library).filter((name) => name !== 'README.md');
    expect(folder).toMatch(/-INC-3001$/);
    expect(fs.readdirSync(path.join(library, folder ?? '')).sort()).toEqual(['archive.json', 'report.docx', 'report.md']);
    for (const file of ['report.md', 'archive.json']) {
      const text = fs.readFileSync(path.join(library, folder ?? '', file), 'utf8');
      expect(text, file).not.toContain('ana.lima@payments.example');
      expect(text, file).toMatch(/\\?\[email\\?\]/);
    }
    expect(fs.readFileSync(path.join(library, 'README.md'), 'utf8')).toContain(INDEX_START);
    expect(fs.readFileSync(path.join(library, 'README.md'), 'utf8')).toContain('| published | Search \\| index lag |');
    expect((await callApi<Review>(server, 'review.get', { meetingId: meeting.id })).state).toBe('published');
    expect(await accessibilityViolations(page)).toEqual([]);

    // The folder becomes a git working copy: publishing again (published now, so no question) offers a commit.
    const git = (...args: string[]) => execFileSync('git', ['-C', library, ...args], { encoding: 'utf8' });
    git('init', '--quiet');
    git('config', 'user.name', 'Browser Tester');
    git('config', 'user.email', 'browser@example.invalid');
    await dialog.getByRole('button', { name: 'Publish to folder' }).click();
    await dialog.getByRole('button', { name: 'Commit to git' }).click();
    await expect.poll(() => dialog.getByTestId('publish-status').textContent(), { timeout: 20_000 }).toMatch(/Committed [0-9a-f]{12} \(not pushed\)\.$/);
    expect(git('log', '-1', '--format=%an').trim()).toBe('Browser Tester');
    expect(git('status', '--porcelain').trim()).toBe('');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('adds a folder of published reviews as a source, shows its reviews marked with it, and reads it again', async () => {
    const temp = session.newTempDir();
    // A teammate's laptop publishes two reviews into the team's folder.
    const teammate = await startServeProcess(['--port', '0', '--db', temp.file('teammate.sqlite')]);
    const library = temp.file('team-postmortems');
    for (const [title, incidentId] of [
      ['Queue backlog after a broker restart', 'INC-4001'],
      ['Certificate expired on the API gateway', 'INC-4002'],
    ] as const) {
      const meeting = await callApi<Meeting>(teammate, 'meetings.create', { title, incidentId, severity: 'SEV2', timeZone: 'UTC' });
      const archive = await callApi<MeetingArchive>(teammate, 'archive.export', { meetingId: meeting.id });
      await callApi(teammate, 'publish.write', await publicationFiles({ archive, backlog: [] }, library));
    }

    const server = await startServeProcess(['--port', '0', '--db', temp.file('debrief.sqlite')]);
    await callApi<Meeting>(server, 'meetings.create', { title: 'Our own review', incidentId: 'INC-1', timeZone: 'UTC' });
    const { page, problems } = await openWatchedPage(session.browser, server.url, { viewport: { width: 1280, height: 900 } });
    await page.getByRole('heading', { level: 1, name: 'Meetings' }).waitFor();
    await page.getByLabel('Folder of published reviews').fill(library);
    await page.getByRole('button', { name: 'Add folder' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Added' }).textContent()).toBe('Added team-postmortems: 2 reviews read.');

    const row = (title: string) => page.getByRole('row').filter({ hasText: title });
    await row('Queue backlog after a broker restart').waitFor();
    expect(await row('Queue backlog after a broker restart').textContent()).toContain('from team-postmortems');
    expect(
      await row('Certificate expired on the API gateway')
        .getByRole('button', { name: /Delete/ })
        .count(),
    ).toBe(0);
    expect(await row('Our own review').textContent()).not.toContain('from ');
    await page.screenshot({ path: screenshotPath('library-sources.png'), fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);

    // A third review arrives (a pull); Re-read brings it in.
    const third = await callApi<Meeting>(teammate, 'meetings.create', { title: 'Disk full on the build runners', incidentId: 'INC-4003', timeZone: 'UTC' });
    const archive = await callApi<MeetingArchive>(teammate, 'archive.export', { meetingId: third.id });
    await callApi(teammate, 'publish.write', await publicationFiles({ archive, backlog: [] }, library));
    await page.getByRole('button', { name: 'Re-read team-postmortems' }).click();
    await row('Disk full on the build runners').waitFor();
    expect(await page.getByTestId('library-source').textContent()).toContain('3 reviews');

    // Its console says where it comes from and that it is read-only.
    await page.getByRole('link', { name: 'Disk full on the build runners' }).click();
    await expect.poll(() => page.getByTestId('source-notice').textContent()).toContain('read from the library source team-postmortems');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
