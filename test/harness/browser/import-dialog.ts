import type { Locator } from 'playwright-core';
import { callApi } from '../http-request.ts';
import { startServeProcess, type ServeProcess } from '../serve-process.ts';
import type { BrowserTestSession } from './browser-session.ts';
import { openWatchedPage, type WatchedPage } from './browser.ts';

export interface OpenImportDialog extends WatchedPage {
  server: ServeProcess;
  meetingId: string;
  /** The Import timeline dialog, open. */
  dialog: Locator;
}

/**
 * `npm run serve` on a fresh database with one meeting (UTC unless `meeting` says otherwise), its console open at
 * 1600×1000, and the Import timeline dialog opened from it: where every import test starts.
 */
export async function openImportDialog(
  session: BrowserTestSession,
  meeting: { title: string; incidentId?: string; timeZone?: string },
): Promise<OpenImportDialog> {
  const temp = session.newTempDir();
  const server = await startServeProcess(['--port', '0', '--db', temp.file('debrief.sqlite')]);
  const { id } = await callApi<{ id: string }>(server, 'meetings.create', { timeZone: 'UTC', ...meeting });
  const watched = await openWatchedPage(session.browser, `${server.url}#/meetings/${id}`, { viewport: { width: 1600, height: 1000 } });
  await watched.page.getByRole('heading', { level: 1, name: meeting.title }).waitFor();
  await watched.page.getByRole('button', { name: 'Import timeline…' }).click();
  return { ...watched, server, meetingId: id, dialog: watched.page.getByRole('dialog', { name: 'Import timeline' }) };
}
