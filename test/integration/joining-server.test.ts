import net from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_MESSAGE_BYTES } from '../../src/shared/api/wire.ts';
import { CONTENT_SECURITY_POLICY } from '../../src/shared/csp.ts';
import type { TimelineEvent } from '../../src/shared/domain/timeline.ts';
import type { JoinStatus } from '../../src/shared/joining/joining.ts';
import { STATIC_INDEX_HTML, connectTestSocket, startJoinHarness, type JoinHarness, type Reply } from '../harness/index.ts';

function expectSecurityHeaders(reply: Reply): void {
  expect(reply.headers['content-security-policy']).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
  expect(reply.headers['x-content-type-options']).toBe('nosniff');
  expect(reply.headers['referrer-policy']).toBe('no-referrer');
  expect(reply.headers['x-frame-options']).toBe('DENY');
}

function canConnect(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function handshakeStatus(error: unknown): number | undefined {
  return (error as { status?: number }).status;
}

describe('the join server', () => {
  let harness: JoinHarness;
  let meetingId: string;
  let status: JoinStatus;
  let port: number;
  let cookie: string;
  let sessionId: string;

  const timelineRows = (): unknown[] => harness.db.prepare('SELECT * FROM timeline_events ORDER BY id').all();
  const addEvent = (description: string, headers: Record<string, string> = { cookie }): Promise<Reply> =>
    harness.request({
      port,
      path: '/api/call/timeline.add',
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ meetingId, occurredAt: Date.UTC(2026, 10, 20, 14, 2), description }),
    });

  beforeEach(async () => {
    harness = await startJoinHarness();
    meetingId = harness.createMeeting('Checkout outage').id;
    status = await harness.enable(meetingId);
    port = status.port!;
    const paired = await harness.pair(port, 'Priya', status.code!);
    cookie = paired.cookie;
    sessionId = paired.session.sessionId;
  });
  afterEach(async () => {
    await harness.stop();
  });

  it('binds only to the chosen address: the same port on another loopback address refuses connections', async () => {
    expect(await canConnect('127.0.0.1', port)).toBe(true);
    expect(await canConnect('127.0.0.2', port)).toBe(false);
  });

  it('refuses an address joining.networks does not list', () => {
    expect(() => harness.call('joining.enable', { meetingId, address: '0.0.0.0' })).toThrow(/not a network address of this computer/);
    expect(() => harness.call('joining.enable', { meetingId, address: '10.255.255.1' })).toThrow(/field":"address/);
  });

  it('reports a port already in use as failed, suggesting another', async () => {
    const other = harness.createMeeting('Search outage').id;
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.2', resolve));
    const taken = (blocker.address() as net.AddressInfo).port;
    try {
      harness.joining.enable(other, '127.0.0.2', taken);
      const failed = await harness.waitForState(other, 'failed');
      expect(failed.problem).toMatch(new RegExp(`Port ${taken} is already in use.*pick another port`));
      expect(failed.url).toBeNull();
      expect(failed.code).toBeNull();
    } finally {
      await new Promise<void>((resolve) => blocker.close(() => resolve()));
    }
  });

  it('lets a paired note-taker call the API over HTTP and answers session.me with their session', async () => {
    const added = await addEvent('Error rate alert fired');
    expect(added.status).toBe(200);
    expect((JSON.parse(added.body) as { result: TimelineEvent }).result.description).toBe('Error rate alert fired');
    const me = await harness.request({ port, path: '/api/call/session.me', method: 'POST', headers: { 'content-type': 'application/json', cookie } });
    expect(JSON.parse(me.body)).toEqual({ ok: true, result: { role: 'note_taker', sessionId, meetingId, name: 'Priya' } });
  });

  it('records the note-taker as author and never shows them another meeting', async () => {
    const added = await addEvent('Error rate alert fired');
    expect((JSON.parse(added.body) as { result: TimelineEvent }).result.author).toBe('Priya');
    const other = harness.createMeeting('Search outage').id;
    harness.call('timeline.add', { meetingId: other, occurredAt: 1, description: 'Secret of another meeting' });
    const post = (method: string, input: unknown): Promise<Reply> =>
      harness.request({
        port,
        path: `/api/call/${method}`,
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify(input),
      });
    const item = await post('actions.add', { meetingId, title: 'Add a canary stage', author: 'Someone else' });
    expect(item.status).toBe(200);
    expect((JSON.parse(item.body) as { result: { author: string } }).result.author).toBe('Priya');
    for (const [method, input] of [
      ['timeline.list', { meetingId: other }],
      ['meetings.get', { id: other }],
      ['meetings.list', undefined],
    ] as const) {
      const reply = await post(method, input);
      expect([403, 404], method).toContain(reply.status);
      expect(reply.body).not.toContain('Secret of another meeting');
      expect(reply.body).not.toContain('Search outage');
    }
  });

  it('never lets a note-taker use the facilitator’s joining controls or read the code', async () => {
    for (const [method, input] of [
      ['joining.get', { meetingId }],
      ['joining.rotateCode', { meetingId }],
      ['joining.removePerson', { meetingId, sessionId }],
      ['joining.disable', { meetingId }],
    ] as const) {
      const reply = await harness.request({
        port,
        path: `/api/call/${method}`,
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify(input),
      });
      expect(reply.status, method).toBe(403);
      expect(reply.body).not.toContain(status.code!);
    }
    const socket = await harness.connect(port, cookie);
    const viaSocket = await socket.call('joining.get', { meetingId });
    expect(viaSocket.ok).toBe(false);
    expect(harness.joining.status(meetingId)).toMatchObject({ state: 'on', code: status.code, people: [{ sessionId }] });
  });

  it('answers 401 and changes nothing without a session, with a bogus one, or on the WebSocket handshake', async () => {
    const before = timelineRows();
    const attempts: Record<string, string>[] = [{}, { cookie: 'debrief_session=forged-token' }, { cookie: 'other=1' }];
    for (const headers of attempts) {
      const reply = await addEvent('Should not be saved', headers);
      expect(reply.status).toBe(401);
      expectSecurityHeaders(reply);
    }
    expect(timelineRows()).toEqual(before);
    for (const bad of [undefined, 'debrief_session=forged-token']) {
      const refused = await harness.connect(port, bad).then(
        () => undefined,
        (error: unknown) => handshakeStatus(error),
      );
      expect(refused).toBe(401);
    }
  });

  it('refuses a foreign Host (DNS rebinding) and a foreign Origin on HTTP and on the WebSocket handshake', async () => {
    const rebound = await addEvent('Rebound', { cookie, host: `evil.example:${port}` });
    expect(rebound.status).toBe(403);
    expectSecurityHeaders(rebound);
    const localhostName = await harness.request({ port, path: '/', headers: { host: `localhost:${port}` } });
    expect(localhostName.status).toBe(403);
    const foreign = await addEvent('Foreign', { cookie, origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
    const foreignPage = await harness.request({ port, path: '/join/session', headers: { cookie, origin: 'http://evil.example' } });
    expect(foreignPage.status).toBe(403);
    expect(timelineRows()).toEqual([]);

    const wsForeignOrigin = await harness.connect(port, cookie, { origin: 'http://evil.example' }).then(
      () => undefined,
      (error: unknown) => handshakeStatus(error),
    );
    expect(wsForeignOrigin).toBe(403);
    const wsForeignHost = await connectTestSocket(`ws://127.0.0.1:${port}/api/ws`, { headers: { cookie, host: `evil.example:${port}` } }).then(
      (socket) => {
        socket.socket.terminate();
        return undefined;
      },
      (error: unknown) => handshakeStatus(error),
    );
    expect(wsForeignHost).toBe(403);
  });

  it('serves the built app with security headers, and refuses path traversal', async () => {
    const index = await harness.request({ port, path: '/' });
    expect(index.status).toBe(200);
    expect(index.body).toBe(STATIC_INDEX_HTML);
    expectSecurityHeaders(index);
    for (const target of ['/../package.json', '/%2e%2e/package.json', '/assets/..%2f..%2fpackage.json', '/assets%2fapp.js', '/%2e%2e%5cpackage.json']) {
      const reply = await harness.request({ port, path: target });
      expect(reply.status, target).toBe(400);
      expectSecurityHeaders(reply);
    }
    const missing = await harness.request({ port, path: '/join/nothing' });
    expect(missing.status).toBe(404);
    expectSecurityHeaders(missing);
  });

  it('refuses an oversize message over HTTP (413) and over the WebSocket (closed), saving nothing', async () => {
    const huge = 'x'.repeat(MAX_MESSAGE_BYTES + 1);
    const reply = await harness.request({
      port,
      path: '/api/call/timeline.add',
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: huge,
    });
    expect(reply.status).toBe(413);
    expectSecurityHeaders(reply);
    const bigPair = await harness.request({
      port,
      path: '/join/pair',
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: 'x'.repeat(5000),
    });
    expect(bigPair.status).toBe(413);
    const socket = await harness.connect(port, cookie);
    socket.sendRaw(huge);
    expect((await socket.closed).code).toBe(1009);
    expect(timelineRows()).toEqual([]);
  });

  it('pushes only its own meeting’s changes to a note-taker’s socket', async () => {
    const other = harness.createMeeting('Search outage').id;
    const socket = await harness.connect(port, cookie);
    harness.call('timeline.add', { meetingId: other, occurredAt: 1, description: 'Other meeting' });
    const mine = harness.call<TimelineEvent>('timeline.add', { meetingId, occurredAt: 2, description: 'This meeting' });
    await expect.poll(() => socket.events.some((event) => event.entityId === mine.id)).toBe(true);
    harness.call('timeline.add', { meetingId: other, occurredAt: 3, description: 'Other meeting again' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(socket.events.length).toBeGreaterThan(0);
    expect(socket.events.every((event) => event.meetingId === meetingId)).toBe(true);
    expect(socket.events.filter((event) => event.entity === 'timeline_event')).toEqual([
      expect.objectContaining({ meetingId, entityId: mine.id, op: 'created' }),
    ]);
  });

  it('names the note-taker on the changes their calls make, and no one on the facilitator’s', async () => {
    const heard: Array<{ entityId: string; by?: string }> = [];
    const stop = harness.service.onChange((event) => heard.push(event));
    const theirs = (JSON.parse((await addEvent('Typed by a note-taker')).body) as { result: TimelineEvent }).result;
    const facilitators = harness.call<TimelineEvent>('timeline.add', { meetingId, occurredAt: 5, description: 'Typed on the console' });
    stop();
    expect(heard.find((event) => event.entityId === theirs.id)?.by).toBe('Priya');
    expect(heard.find((event) => event.entityId === facilitators.id)).not.toHaveProperty('by');
  });

  it('marks the person connected while their socket is open', async () => {
    const socket = await harness.connect(port, cookie);
    await expect.poll(() => harness.joining.status(meetingId).people[0]?.connected).toBe(true);
    socket.close();
    await expect.poll(() => harness.joining.status(meetingId).people[0]?.connected).toBe(false);
  });

  it('records when a note-taker was last seen', async () => {
    const joinedAt = harness.now();
    harness.advance(90_000);
    expect((await addEvent('Later')).status).toBe(200);
    expect(harness.joining.status(meetingId).people).toMatchObject([{ sessionId, joinedAt, lastSeenAt: joinedAt + 90_000 }]);
  });

  it('removePerson closes the note-taker’s socket and later calls get 401', async () => {
    const socket = await harness.connect(port, cookie);
    const after = harness.call<JoinStatus>('joining.removePerson', { meetingId, sessionId });
    expect(after.people).toEqual([]);
    expect((await socket.closed).code).toBe(4401);
    expect((await addEvent('After removal')).status).toBe(401);
    expect(timelineRows()).toEqual([]);
  });

  it('disable tells every socket that joining ended (4410, not a removal), ends sessions and stops listening', async () => {
    const socket = await harness.connect(port, cookie);
    const second = await harness.pair(port, 'Tomás', status.code!);
    const other = await harness.connect(port, second.cookie);
    const off = harness.call<JoinStatus>('joining.disable', { meetingId });
    expect(off).toMatchObject({ state: 'off', url: null, code: null, people: [] });
    expect(await socket.closed).toEqual({ code: 4410, reason: 'joining was turned off' });
    expect(await other.closed).toEqual({ code: 4410, reason: 'joining was turned off' });
    await expect.poll(() => canConnect('127.0.0.1', port)).toBe(false);
  });

  it('closing the join manager (the app quitting) tells every socket that joining ended', async () => {
    const socket = await harness.connect(port, cookie);
    await harness.joining.close();
    expect((await socket.closed).code).toBe(4410);
    expect(await canConnect('127.0.0.1', port)).toBe(false);
  });

  it('ends joining when its meeting is deleted: the port closes and the session is gone for good', async () => {
    const socket = await harness.connect(port, cookie);
    harness.call('joining.showOnAudience', { meetingId, show: true });
    harness.call('meetings.delete', { id: meetingId });

    const closed = await socket.closed;
    expect(closed).toEqual({ code: 4410, reason: 'the meeting was deleted' });
    await expect.poll(() => canConnect('127.0.0.1', port)).toBe(false);
    expect(harness.joining.status(meetingId)).toMatchObject({ state: 'off', url: null, code: null, people: [], showOnAudience: false });

    // Joining turned on again on the same port, for another meeting: the deleted meeting's cookie opens nothing.
    const other = harness.createMeeting('Search outage').id;
    harness.joining.enable(other, '127.0.0.1', port);
    await harness.waitForState(other, 'on');
    expect((await harness.request({ port, path: '/join/session', headers: { cookie } })).status).toBe(401);
    const call = await harness.request({
      port,
      path: '/api/call/timeline.add',
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ meetingId: other, occurredAt: 1, description: 'Sneaked in' }),
    });
    expect(call.status).toBe(401);
    await expect(harness.connect(port, cookie)).rejects.toMatchObject({ status: 401 });
    expect(timelineRows()).toEqual([]);
  });

  it('moves joining to another meeting, disconnecting the first', async () => {
    const socket = await harness.connect(port, cookie);
    const other = harness.createMeeting('Search outage').id;
    harness.joining.enable(other, '127.0.0.1', 0);
    expect(harness.joining.status(meetingId).state).toBe('off');
    const moved = await harness.waitForState(other, 'on');
    expect((await socket.closed).code).toBe(4410);
    expect(moved.people).toEqual([]);
    const stale = await harness.request({ port: moved.port!, path: '/join/session', headers: { cookie } });
    expect(stale.status).toBe(401);
  });

  it('announces status changes as joining change events', async () => {
    const seen: unknown[] = [];
    const stop = harness.service.onChange((event) => seen.push(event));
    harness.call('joining.showOnAudience', { meetingId, show: true });
    stop();
    expect(seen).toEqual([expect.objectContaining({ meetingId, entity: 'joining', entityId: meetingId, op: 'updated' })]);
    expect(harness.joining.status(meetingId).showOnAudience).toBe(true);
  });
});
