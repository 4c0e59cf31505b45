import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { archiveJson } from '../../src/shared/archive/archive-json.ts';
import type { MeetingArchive } from '../../src/shared/archive/meeting-archive.ts';
import { MAX_MESSAGE_BYTES } from '../../src/shared/api/wire.ts';
import type { CallResponse } from '../../src/shared/api/wire.ts';
import type { Evidence } from '../../src/shared/domain/evidence.ts';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import type { TimelineEvent } from '../../src/shared/domain/timeline.ts';
import { callApi, noisyPng, postCall, startTestServer, uploadEvidence, type TestServer } from '../harness/index.ts';

/**
 * Issue 13: an archive carries its evidence images, so it outgrows one API message (1 MB). Importing it through the
 * app still works: the page posts it to POST /api/call/archive.import, which takes an archive up to its own limit,
 * while every other method keeps the one-message limit.
 */
describe('importing an archive larger than one API message', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(async () => {
    await server.stop();
  });

  it('imports a meeting whose screenshot makes its archive over 1 MB, with the image as it was', async () => {
    const target = { port: server.port, token: server.token };
    const meeting = await callApi<Meeting>(target, 'meetings.create', { title: 'Checkout outage' });
    const event = await callApi<TimelineEvent>(target, 'timeline.add', {
      meetingId: meeting.id,
      occurredAt: Date.UTC(2026, 10, 20, 14, 5),
      description: 'Error rate above 5%',
    });
    const picture = noisyPng();
    const uploaded = await uploadEvidence({
      ...target,
      fields: { meetingId: meeting.id, target: 'timeline_event', targetId: event.id, caption: 'Error rate graph', fileName: 'error-rate.png' },
      body: picture,
    });
    expect(uploaded.status).toBe(200);
    const text = archiveJson(await callApi<MeetingArchive>(target, 'archive.export', { meetingId: meeting.id }));
    expect(Buffer.byteLength(text)).toBeGreaterThan(MAX_MESSAGE_BYTES);

    const response = await postCall(target, 'archive.import', { archive: text });
    expect(response.status).toBe(200);
    const imported = (JSON.parse(response.body) as CallResponse & { ok: true }).result as Meeting;
    expect(imported.id).not.toBe(meeting.id);
    const [copy] = await callApi<Evidence[]>(target, 'evidence.list', { meetingId: imported.id });
    expect(copy).toMatchObject({ kind: 'image', caption: 'Error rate graph', byteSize: picture.length });
  });

  it('keeps the one-message limit for every other method', async () => {
    const response = await postCall({ port: server.port, token: server.token }, 'meetings.create', { title: 'x'.repeat(MAX_MESSAGE_BYTES) });
    expect(response.status).toBe(413);
  });
});
