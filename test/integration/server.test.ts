import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallResponse } from '../../src/shared/api/wire.ts';
import { MAX_MESSAGE_BYTES } from '../../src/shared/api/wire.ts';
import { CONTENT_SECURITY_POLICY } from '../../src/shared/csp.ts';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import type { TimelineEvent } from '../../src/shared/domain/timeline.ts';
import {
  postCall,
  rawRequest,
  type RawResponse,
  STATIC_INDEX_HTML,
  STATIC_SCRIPT,
  startTestServer,
  type TestServer,
  connectTestSocket,
  type TestSocket,
  databaseSnapshot,
  ok,
} from '../harness/index.ts';

/** The rows a refused call could have touched, to prove it changed nothing. */
const snapshot = (server: TestServer): string => databaseSnapshot(server.db, ['meetings', 'timeline_events', 'participants']);

function expectSecurityHeaders(response: RawResponse): void {
  expect(response.headers['content-security-policy']).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
  expect(response.headers['x-content-type-options']).toBe('nosniff');
  expect(response.headers['referrer-policy']).toBe('no-referrer');
  expect(response.headers['x-frame-options']).toBe('DENY');
  expect(response.headers['cross-origin-opener-policy']).toBe('same-origin');
}

describe('browser-mode server', () => {
  let server: TestServer;
  const sockets: TestSocket[] = [];
  const connect = async (options?: Parameters<typeof connectTestSocket>[1]) => {
    const socket = await connectTestSocket(server.socketUrl, options ?? { origin: server.origin });
    sockets.push(socket);
    return socket;
  };

  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.socket.terminate();
    await server.stop();
  });

  describe('WebSocket API', () => {
    it('answers calls with replies carrying the request id', async () => {
      const socket = await connect();
      const meeting = ok<Meeting>(await socket.call('meetings.create', { title: 'Checkout outage', incidentId: 'INC-2041' }));
      expect(meeting).toMatchObject({ title: 'Checkout outage', incidentId: 'INC-2041', revision: 1 });
      const event = ok<TimelineEvent>(
        await socket.call('timeline.add', { meetingId: meeting.id, occurredAt: Date.UTC(2026, 10, 20, 14, 2), description: 'Error rate alert fired' }),
      );
      expect(ok<TimelineEvent[]>(await socket.call('timeline.list', { meetingId: meeting.id }))).toEqual([event]);
    });

    it('pushes change events to every other open socket after a mutation', async () => {
      const writer = await connect();
      const watcher = await connect();
      const meeting = ok<Meeting>(await writer.call('meetings.create', { title: 'DNS outage' }));
      const [created] = await watcher.waitForEvents(1);
      expect(created).toEqual({ meetingId: meeting.id, revision: 1, entity: 'meeting', entityId: meeting.id, op: 'created' });

      const event = ok<TimelineEvent>(await writer.call('timeline.add', { meetingId: meeting.id, occurredAt: 0, description: 'Resolver cache expired' }));
      const events = await watcher.waitForEvents(2);
      expect(events[1]).toEqual({ meetingId: meeting.id, revision: 2, entity: 'timeline_event', entityId: event.id, op: 'created' });
      expect(writer.events).toHaveLength(2);
    });

    it('refuses invalid input naming the field, changes nothing and sends no event', async () => {
      const socket = await connect();
      const watcher = await connect();
      const meeting = ok<Meeting>(await socket.call('meetings.create', { title: 'Queue backlog' }));
      await watcher.waitForEvents(1);
      const before = snapshot(server);

      expect(await socket.call('meetings.create', { title: '   ' })).toEqual({
        ok: false,
        error: { code: 'invalid_input', field: 'title', message: 'title: must not be empty' },
      });
      expect(await socket.call('timeline.add', { meetingId: meeting.id, occurredAt: -5, description: 'x' })).toMatchObject({
        ok: false,
        error: { code: 'invalid_input', field: 'occurredAt' },
      });
      expect(await socket.call('meetings.update', { id: meeting.id, patch: { title: '' } })).toMatchObject({
        ok: false,
        error: { code: 'invalid_input', field: 'patch.title' },
      });
      expect(snapshot(server)).toBe(before);
      // A later successful call's event is the next one the watcher sees: the refused calls emitted none.
      await socket.call('meetings.update', { id: meeting.id, patch: { severity: 'SEV2' } });
      expect((await watcher.waitForEvents(2))[1]).toMatchObject({ op: 'updated', revision: 2 });
    });

    it('answers an unknown method with unknown_method', async () => {
      const socket = await connect();
      expect(await socket.call('meetings.drop', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
      expect(await socket.call('__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    });

    it('answers malformed messages with invalid_input and keeps the socket open', async () => {
      const socket = await connect();
      const replies: [number, CallResponse][] = [];
      socket.onReply((id, response) => replies.push([id, response]));
      socket.sendRaw('this is not json');
      socket.sendRaw(JSON.stringify({ id: 'seven', method: 'meetings.list' }));
      socket.sendRaw(JSON.stringify({ id: 8, method: 5 }));
      socket.sendRaw(Buffer.from('{"id":9,"method":"meetings.list"}'));
      expect(ok<unknown[]>(await socket.call('meetings.list', {}))).toEqual([]);
      expect(replies.slice(0, 4)).toEqual([
        [-1, { ok: false, error: { code: 'invalid_input', field: 'message', message: 'message: must be JSON' } }],
        [-1, { ok: false, error: { code: 'invalid_input', field: 'id', message: 'id: must be a whole number' } }],
        [8, { ok: false, error: { code: 'invalid_input', field: 'method', message: 'method: must be a method name' } }],
        [-1, { ok: false, error: { code: 'invalid_input', field: 'message', message: 'message: must be text' } }],
      ]);
    });

    it('refuses a message over MAX_MESSAGE_BYTES by closing with 1009, and stores nothing', async () => {
      const socket = await connect();
      const before = snapshot(server);
      socket.sendRaw(JSON.stringify({ id: 1, method: 'meetings.create', input: { title: 'x'.repeat(MAX_MESSAGE_BYTES) } }));
      expect((await socket.closed).code).toBe(1009);
      expect(snapshot(server)).toBe(before);
      // The server itself carries on.
      const other = await connect();
      expect((await other.call('meetings.list', {})).ok).toBe(true);
    });

    it('answers calls sent back to back in order, each acknowledged after its commit', async () => {
      const socket = await connect();
      const meeting = ok<Meeting>(await socket.call('meetings.create', { title: 'Pipelined' }));
      const replies = await Promise.all(
        Array.from({ length: 50 }, (_, i) => socket.call('timeline.add', { meetingId: meeting.id, occurredAt: i, description: `step ${i}` })),
      );
      const ids = replies.map((reply) => ok<TimelineEvent>(reply).id);
      const stored = server.db.prepare('SELECT id FROM timeline_events ORDER BY occurred_at').all() as { id: string }[];
      expect(stored.map((row) => row.id)).toEqual(ids);
    });

    it('closes open sockets with 1001 when the server stops', async () => {
      const socket = await connect();
      await server.server.close();
      expect((await socket.closed).code).toBe(1001);
    });
  });

  describe('WebSocket handshake checks', () => {
    it.each([
      ['a foreign Origin', { origin: 'http://evil.example' }],
      ['a foreign Origin on the same port of another name', { origin: 'http://attacker.example:PORT' }],
      ['an https Origin', { origin: 'https://127.0.0.1:PORT' }],
      ['the null Origin', { origin: 'null' }],
      ['a rebinding Host', { origin: 'http://rebind.example:PORT', headers: { host: 'rebind.example:PORT' } }],
      ['a foreign Host without Origin', { headers: { host: 'evil.example' } }],
    ])('refuses %s with 403', async (_name, options) => {
      const withPort = JSON.parse(JSON.stringify(options).replaceAll('PORT', String(server.port))) as typeof options;
      await expect(connectTestSocket(server.socketUrl, withPort)).rejects.toMatchObject({ status: 403 });
    });

    it('accepts its own origins, and scripts that send no Origin', async () => {
      await connect({ origin: server.origin });
      await connect({ origin: `http://localhost:${server.port}` });
      await connect({});
    });

    it('accepts WebSocket only on /api/ws', async () => {
      await expect(connectTestSocket(`ws://127.0.0.1:${server.port}/other`, { origin: server.origin })).rejects.toMatchObject({ status: 404 });
    });

    it('sends the security headers with the refusal', async () => {
      const response = await rawRequest({
        port: server.port,
        token: server.token,
        path: '/api/ws',
        headers: {
          connection: 'Upgrade',
          upgrade: 'websocket',
          'sec-websocket-version': '13',
          'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==',
          origin: 'http://evil.example',
        },
      });
      expect(response.status).toBe(403);
      expectSecurityHeaders(response);
    });
  });

  describe('POST /api/call/<method>', () => {
    it('runs the same dispatch as the WebSocket', async () => {
      const created = await postCall(server, 'meetings.create', { title: 'Scripted' });
      expect(created.status).toBe(200);
      expect(created.headers['content-type']).toBe('application/json; charset=utf-8');
      expectSecurityHeaders(created);
      const meeting = ok<Meeting>(JSON.parse(created.body) as CallResponse);
      const listed = await postCall(server, 'meetings.list', undefined);
      expect(JSON.parse(listed.body)).toMatchObject({ ok: true, result: [{ id: meeting.id, title: 'Scripted' }] });
    });

    it('broadcasts its changes to open sockets', async () => {
      const watcher = await connect();
      await postCall(server, 'meetings.create', { title: 'Scripted' });
      expect(await watcher.waitForEvents(1)).toMatchObject([{ entity: 'meeting', op: 'created' }]);
    });

    it('refuses invalid input with 400 naming the field and changes nothing', async () => {
      const before = snapshot(server);
      const response = await postCall(server, 'meetings.create', { title: '' });
      expect(response.status).toBe(400);
      expect(JSON.parse(response.body)).toEqual({ ok: false, error: { code: 'invalid_input', field: 'title', message: 'title: must not be empty' } });
      const notJson = await rawRequest({
        port: server.port,
        token: server.token,
        path: '/api/call/meetings.create',
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"title":',
      });
      expect(notJson.status).toBe(400);
      expect(JSON.parse(notJson.body)).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'body' } });
      expect(snapshot(server)).toBe(before);
    });

    it('answers an unknown method with 404 unknown_method', async () => {
      const response = await postCall(server, 'meetings.explode', {});
      expect(response.status).toBe(404);
      expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    });

    it('requires Content-Type application/json', async () => {
      const before = snapshot(server);
      for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
        const response = await rawRequest({
          port: server.port,
          token: server.token,
          path: '/api/call/meetings.create',
          method: 'POST',
          headers: { 'content-type': type },
          body: '{"title":"sneaky"}',
        });
        expect(response.status).toBe(415);
        expectSecurityHeaders(response);
      }
      expect(snapshot(server)).toBe(before);
    });

    it('refuses a body over MAX_MESSAGE_BYTES with 413', async () => {
      const before = snapshot(server);
      const response = await postCall(server, 'meetings.create', { title: 'x'.repeat(MAX_MESSAGE_BYTES) });
      expect(response.status).toBe(413);
      expect(snapshot(server)).toBe(before);
    });

    it('refuses a foreign Origin and a foreign Host with 403', async () => {
      const before = snapshot(server);
      const foreignOrigin = await postCall(server, 'meetings.create', { title: 'csrf' }, { origin: 'http://evil.example' });
      expect(foreignOrigin.status).toBe(403);
      expectSecurityHeaders(foreignOrigin);
      const foreignHost = await postCall(server, 'meetings.create', { title: 'rebind' }, { host: `rebind.example:${server.port}` });
      expect(foreignHost.status).toBe(403);
      expect(snapshot(server)).toBe(before);
    });

    it('refuses a foreign Origin on every path, as the join listener does, even with the token', async () => {
      for (const target of ['/', '/index.html', '/join/session']) {
        const response = await rawRequest({ port: server.port, token: server.token, path: target, headers: { origin: 'http://evil.example' } });
        expect(response.status, target).toBe(403);
        expectSecurityHeaders(response);
      }
    });

    it('answers GET with 405', async () => {
      const response = await rawRequest({ port: server.port, token: server.token, path: '/api/call/meetings.list' });
      expect(response.status).toBe(405);
      expect(response.headers.allow).toBe('POST');
    });
  });

  describe('static files', () => {
    it('serves index.html for / with no-store and the security headers', async () => {
      const response = await rawRequest({ port: server.port, token: server.token, path: '/' });
      expect(response.status).toBe(200);
      expect(response.body).toBe(STATIC_INDEX_HTML);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(response.headers['cache-control']).toBe('no-store');
      expectSecurityHeaders(response);
    });

    it('serves assets with their content types', async () => {
      const script = await rawRequest({ port: server.port, token: server.token, path: '/assets/app.js?v=1' });
      expect(script).toMatchObject({ status: 200, body: STATIC_SCRIPT });
      expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
      expect((await rawRequest({ port: server.port, token: server.token, path: '/assets/app.css' })).headers['content-type']).toBe('text/css; charset=utf-8');
      expect((await rawRequest({ port: server.port, token: server.token, path: '/assets/font.woff2' })).headers['content-type']).toBe('font/woff2');
      const head = await rawRequest({ port: server.port, token: server.token, path: '/assets/app.js', method: 'HEAD' });
      expect(head).toMatchObject({ status: 200, body: '' });
      expect(head.headers['content-length']).toBe(String(Buffer.byteLength(STATIC_SCRIPT)));
    });

    it.each([
      '/../package.json',
      '/%2e%2e/',
      '/%2e%2e/package.json',
      '/..%2f..%2fetc/passwd',
      '/assets/..%2f..%2fdebrief.sqlite',
      '/assets/../../debrief.sqlite',
      '/..\\..\\debrief.sqlite',
      '/index.html%00',
      '/.%2e/.%2e/etc/passwd',
    ])('refuses the traversal attempt %s', async (attempt) => {
      // Something worth stealing right outside the static folder.
      fs.writeFileSync(path.join(server.dir, 'package.json'), '{"name":"planted"}');
      const response = await rawRequest({ port: server.port, token: server.token, path: attempt });
      expect([400, 403, 404]).toContain(response.status);
      expect(response.body).not.toContain('"name"');
      expect(response.body).not.toContain('SQLite');
      expect(response.body).not.toContain('root:');
      expectSecurityHeaders(response);
    });

    it('does not follow a symlink out of the static folder', async () => {
      fs.writeFileSync(path.join(server.dir, 'secret.txt'), 'top secret');
      fs.symlinkSync(path.join(server.dir, 'secret.txt'), path.join(server.dir, 'renderer', 'assets', 'link.txt'));
      fs.symlinkSync(path.join(server.dir, 'renderer', 'assets', 'app.js'), path.join(server.dir, 'renderer', 'assets', 'alias.js'));
      const outside = await rawRequest({ port: server.port, token: server.token, path: '/assets/link.txt' });
      expect(outside.status).toBe(404);
      expect(outside.body).not.toContain('top secret');
      expect(await rawRequest({ port: server.port, token: server.token, path: '/assets/alias.js' })).toMatchObject({ status: 200, body: STATIC_SCRIPT });
    });

    it('answers 404 for missing files and unknown API paths, with the security headers', async () => {
      for (const target of ['/missing.js', '/assets/', '/api/nothing']) {
        const response = await rawRequest({ port: server.port, token: server.token, path: target });
        expect(response.status).toBe(404);
        expectSecurityHeaders(response);
      }
    });

    it('refuses a rebinding Host with 403 on every path', async () => {
      for (const host of [`evil.example:${server.port}`, 'evil.example', `127.0.0.1:${server.port + 1}`]) {
        const response = await rawRequest({ port: server.port, token: server.token, path: '/', headers: { host } });
        expect(response.status).toBe(403);
        expect(response.body).not.toContain('test page');
        expectSecurityHeaders(response);
      }
      expect((await rawRequest({ port: server.port, token: server.token, path: '/', headers: { host: `localhost:${server.port}` } })).status).toBe(200);
    });

    it('answers other methods with 405', async () => {
      const response = await rawRequest({ port: server.port, token: server.token, path: '/', method: 'DELETE' });
      expect(response.status).toBe(405);
      expectSecurityHeaders(response);
    });

    it('answers a malformed request with 400 and the security headers', async () => {
      const { connect: netConnect } = await import('node:net');
      const reply = await new Promise<string>((resolve, reject) => {
        const socket = netConnect(server.port, '127.0.0.1', () => socket.write('GARBAGE\r\n\r\n'));
        let text = '';
        socket.on('data', (chunk) => (text += chunk.toString()));
        socket.on('close', () => resolve(text));
        socket.on('error', reject);
      });
      expect(reply.startsWith('HTTP/1.1 400')).toBe(true);
      expect(reply).toContain("frame-ancestors 'none'");
    });
  });
});
