import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { archiveJson } from '../../src/shared/archive/archive-json.ts';
import type { MeetingArchive } from '../../src/shared/archive/meeting-archive.ts';
import { MAX_MESSAGE_BYTES } from '../../src/shared/api/wire.ts';
import type { Evidence } from '../../src/shared/domain/evidence.ts';
import type { Meeting, MeetingSummary } from '../../src/shared/domain/meeting.ts';
import type { TimelineEvent } from '../../src/shared/domain/timeline.ts';
import { callApi, noisyPng, openWatchedPage, startServeProcess, uploadEvidence, useBrowserTestSession } from '../harness/index.ts';

const TITLE = 'Checkout outage with a latency heatmap';

describe('importing an archive with a large screenshot through the library, in a browser', () => {
  const session = useBrowserTestSession();

  it('opens the imported meeting, its image there, although the file is larger than one API message', async () => {
    const temp = session.newTempDir();
    const server = await startServeProcess(['--port', '0', '--db', temp.file('debrief.sqlite')]);
    const meeting = await callApi<Meeting>(server, 'meetings.create', { title: TITLE });
    const event = await callApi<TimelineEvent>(server, 'timeline.add', {
      meetingId: meeting.id,
      occurredAt: Date.UTC(2026, 10, 20, 14, 5),
      description: 'Error rate above 5%',
    });
    const picture = noisyPng();
    const uploaded = await uploadEvidence({
      port: server.port,
      token: server.token,
      fields: { meetingId: meeting.id, target: 'timeline_event', targetId: event.id, caption: 'Latency heatmap', fileName: 'heatmap.png' },
      body: picture,
    });
    expect(uploaded.status).toBe(200);
    const archiveFile = temp.file('checkout-outage.json');
    fs.writeFileSync(archiveFile, archiveJson(await callApi<MeetingArchive>(server, 'archive.export', { meetingId: meeting.id })));
    expect(fs.statSync(archiveFile).size).toBeGreaterThan(MAX_MESSAGE_BYTES);

    const { page, problems } = await openWatchedPage(session.browser, server.url, { timezoneId: 'UTC' });
    await page.getByRole('button', { name: 'Import archive…' }).waitFor();
    await page.locator('#import-archive-file').setInputFiles(archiveFile);
    await page.waitForURL((url) => /#\/meetings\//.test(url.hash) && !url.hash.includes(meeting.id), { timeout: 20_000 });
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const copies = (await callApi<MeetingSummary[]>(server, 'meetings.list', {})).filter((summary) => summary.title === TITLE);
    expect(copies).toHaveLength(2);
    const copy = copies.find((summary) => summary.id !== meeting.id)!;
    const evidence = await callApi<Evidence[]>(server, 'evidence.list', { meetingId: copy.id });
    expect(evidence.map(({ kind, caption, byteSize }) => ({ kind, caption, byteSize }))).toEqual([
      { kind: 'image', caption: 'Latency heatmap', byteSize: picture.length },
    ]);
    // The timeline row shows the picture, read back from the imported meeting.
    await page.getByRole('img', { name: 'Latency heatmap' }).waitFor();
    expect(problems).toEqual([]);
  });
});
