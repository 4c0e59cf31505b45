import path from 'node:path';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import {
  postCall,
  startServeProcess,
  canMountTmpfs,
  fillDisk,
  mountTmpfs,
  openWatchedPage,
  useBrowserTestSession,
  addEvent,
  timelineRow,
} from '../harness/index.ts';

describe.skipIf(!canMountTmpfs())('a save when the disk is full (a real 3 MB tmpfs)', () => {
  const session = useBrowserTestSession();

  it('the row says the disk is full in the service’s words, does not retry by itself, and saves on Retry once there is space', async () => {
    const temp = session.newTempDir();
    const disk = temp.file('disk');
    const mount = mountTmpfs(disk, '3m');
    try {
      const file = path.join(disk, 'debrief.sqlite');
      const server = await startServeProcess(['--port', '0', '--db', file]);
      const created = JSON.parse((await postCall(server, 'meetings.create', { title: 'Checkout outage' })).body) as { result: Meeting };
      const meetingId = created.result.id;
      const { page, problems } = await openWatchedPage(session.browser, `${server.url}#/meetings/${meetingId}`);
      await page.getByRole('heading', { level: 1, name: 'Checkout outage' }).waitFor();

      const filler = fillDisk(disk);
      // Writes from a script use up what room the write-ahead log still had, until the disk refuses one.
      let status = 200;
      for (let i = 0; i < 50 && status === 200; i++) {
        status = (await postCall(server, 'timeline.add', { meetingId, occurredAt: Date.UTC(2026, 10, 20, 13, 0, i), description: 'Filler '.repeat(500) }))
          .status;
      }
      expect(status).toBe(507);

      const description = `Typed while the disk was full: ${'the card gateway timed out again. '.repeat(60)}`;
      await addEvent(page, { time: '14:05', description, actor: 'monitoring' });
      const row = timelineRow(page, 'Typed while the disk was full');
      const message = `Not saved: the disk that holds ${file} is full. Free some space on it, then try again; nothing was changed.`;
      await expect.poll(() => row.locator('.timeline-row__error').textContent()).toBe(message);
      expect(await row.getAttribute('data-status')).toBe('error');
      expect(await page.getByText('Something went wrong').count()).toBe(0);

      fs.rmSync(filler);
      await page.waitForTimeout(1_000);
      expect(await row.getAttribute('data-status'), 'no save is tried again without the user').toBe('error');
      await row.getByRole('button', { name: /^Retry saving/ }).click();
      await expect.poll(() => row.getAttribute('data-status')).toBe('saved');
      expect(problems).toEqual([]);
    } finally {
      mount.unmount();
    }
  });
});
