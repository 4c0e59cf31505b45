import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallResponse } from '../../src/shared/api/wire.ts';
import type { Evidence } from '../../src/shared/domain/evidence.ts';
import { callApi, samplePng, startJoinHarness, startTestServer, uploadEvidence, type TestServer } from '../harness/index.ts';

const TEN_MB = 10 * 1024 * 1024;

describe('the evidence upload route on a real server', () => {
  let server: TestServer;
  let meetingId: string;
  let eventId: string;

  beforeEach(async () => {
    server = await startTestServer();
    const target = { port: server.port, token: server.token };
    meetingId = (await callApi<{ id: string }>(target, 'meetings.create', { title: 'GitLab database outage' })).id;
    eventId = (
      await callApi<{ id: string }>(target, 'timeline.add', { meetingId, occurredAt: Date.UTC(2017, 0, 31, 23, 0), description: 'Replication lag alert' })
    ).id;
  });
  afterEach(async () => {
    await server.stop();
  });

  const fields = (fileName: string) => ({ meetingId, target: 'timeline_event', targetId: eventId, caption: 'Replication lag, 31 January', fileName });

  it('stores a PNG sent as the request body, lists it, and gives the same bytes back with their type', async () => {
    const png = samplePng();
    const reply = await uploadEvidence({ port: server.port, token: server.token, fields: fields('lag.png'), body: png });
    expect(reply.status).toBe(200);
    const stored = (JSON.parse(reply.body) as CallResponse & { ok: true }).result as Evidence;
    expect(stored).toMatchObject({
      kind: 'image',
      mediaType: 'image/png',
      byteSize: png.length,
      caption: 'Replication lag, 31 January',
      fileName: 'lag.png',
      target: 'timeline_event',
      targetId: eventId,
    });

    const listed = await callApi<Evidence[]>({ port: server.port, token: server.token }, 'evidence.list', { meetingId });
    expect(listed.map((evidence) => evidence.id)).toEqual([stored.id]);

    const image = await fetch(`http://127.0.0.1:${server.port}/api/evidence/image/${stored.id}`, { headers: { authorization: `Bearer ${server.token}` } });
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await image.arrayBuffer()).equals(png)).toBe(true);
  });

  it('refuses more than 10 MB with 413, naming the file, and stores nothing', async () => {
    const tooBig = Buffer.concat([samplePng(), Buffer.alloc(TEN_MB)]);
    const reply = await uploadEvidence({ port: server.port, token: server.token, fields: fields('huge-dashboard.png'), body: tooBig });
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body)).toMatchObject({
      ok: false,
      error: { field: 'bytes', message: expect.stringContaining('"huge-dashboard.png" is larger than 10 MB') },
    });
    expect(await callApi<Evidence[]>({ port: server.port, token: server.token }, 'evidence.list', { meetingId })).toEqual([]);
  });

  it('accepts exactly 10 MB', async () => {
    const png = samplePng();
    const exactly = Buffer.concat([png, Buffer.alloc(TEN_MB - png.length)]);
    const reply = await uploadEvidence({ port: server.port, token: server.token, fields: fields('big.png'), body: exactly });
    expect(reply.status).toBe(200);
  });

  it('refuses an SVG whatever its name and declared type, naming the file', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    const reply = await uploadEvidence({ port: server.port, token: server.token, fields: fields('graph.png'), body: svg, contentType: 'image/png' });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'bytes', message: '"graph.png" is an SVG drawing: attach a PNG, JPEG, GIF or WebP image.' },
    });
  });

  it('needs the token, and a body sent as a form is refused', async () => {
    const withoutToken = await uploadEvidence({ port: server.port, fields: fields('lag.png'), body: samplePng() });
    expect(withoutToken.status).toBe(401);
    const asForm = await uploadEvidence({ port: server.port, token: server.token, fields: fields('lag.png'), body: samplePng(), contentType: 'text/plain' });
    expect(asForm.status).toBe(415);
    const image = await fetch(`http://127.0.0.1:${server.port}/api/evidence/image/${crypto.randomUUID()}`);
    expect(image.status).toBe(401);
  });

  it('cannot carry an image inside the JSON API', async () => {
    const reply = await callApi({ port: server.port, token: server.token }, 'evidence.upload', { ...fields('lag.png'), bytes: [...samplePng()] }).catch(
      (error: Error) => error.message,
    );
    expect(reply).toBe('evidence.upload: bytes: must be the image itself, sent to the upload route');
  });
});

describe('a note-taker uploading evidence', () => {
  it('may attach to their own meeting and not to another one, which answers as if it did not exist', async () => {
    const harness = await startJoinHarness();
    try {
      const mine = harness.createMeeting('Checkout outage').id;
      const theirs = harness.createMeeting('Payroll outage').id;
      const ownEvent = harness.call<{ id: string }>('timeline.add', { meetingId: mine, occurredAt: 1, description: 'Alert fired' }).id;
      const theirEvent = harness.call<{ id: string }>('timeline.add', { meetingId: theirs, occurredAt: 1, description: 'Payroll failed' }).id;
      const status = await harness.enable(mine);
      const port = status.port!;
      const { cookie } = await harness.pair(port, 'Priya', status.code!);
      const upload = (meetingId: string, targetId: string) =>
        harness.request({
          port,
          path: `/api/evidence/upload?${new URLSearchParams({ meetingId, target: 'timeline_event', targetId, caption: 'Error rate graph', fileName: 'errors.png' }).toString()}`,
          method: 'POST',
          headers: { 'content-type': 'image/png', cookie },
          body: samplePng(),
        });

      const own = await upload(mine, ownEvent);
      expect(own.status).toBe(200);
      const ownId = ((JSON.parse(own.body) as CallResponse & { ok: true }).result as Evidence).id;

      const foreign = await upload(theirs, theirEvent);
      const madeUp = await upload(crypto.randomUUID(), theirEvent);
      expect(foreign.status).toBe(404);
      expect(foreign.body).toBe(madeUp.body);
      const foreignTarget = await upload(mine, theirEvent);
      expect(foreignTarget.status).toBe(404);
      expect(harness.db.prepare('SELECT meeting_id FROM evidence').all()).toEqual([{ meeting_id: mine }]);

      const ownImage = await harness.request({ port, path: `/api/evidence/image/${ownId}`, headers: { cookie } });
      expect(ownImage.status).toBe(200);
      expect(ownImage.headers['content-type']).toBe('image/png');
      const theirImage = harness.call<Evidence>('evidence.upload', {
        meetingId: theirs,
        target: 'timeline_event',
        targetId: theirEvent,
        caption: 'Payroll graph',
        bytes: samplePng(),
      });
      const readTheirs = await harness.request({ port, path: `/api/evidence/image/${theirImage.id}`, headers: { cookie } });
      expect(readTheirs.status).toBe(404);
    } finally {
      await harness.stop();
    }
  });
});
