import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallResponse } from '../../src/shared/api/wire.ts';
import { CONTENT_SECURITY_POLICY } from '../../src/shared/csp.ts';
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
} from '../harness/index.ts';

const UPGRADE_HEADERS = {
  connection: 'Upgrade',
  upgrade: 'websocket',
  'sec-websocket-version': '13',
  'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==',
};

/** Everything another local user could have changed. */
const snapshot = (server: TestServer): string => databaseSnapshot(server.db, ['meetings', 'timeline_events', 'whys']);

function cookieOf(response: RawResponse): string {
  return (response.headers['set-cookie']?.[0] ?? '').split(';', 1)[0] ?? '';
}

describe('the loopback server lets in only holders of its per-launch token', () => {
  let server: TestServer;
  const sockets: TestSocket[] = [];

  beforeEach(async () => {
    server = await startTestServer();
    // A meeting the owner made, for another local user to try to read or delete.
    const created = await postCall(server, 'meetings.create', { title: 'Payroll outage' });
    expect(created.status).toBe(200);
  });
  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.socket.terminate();
    await server.stop();
  });

  it('prints its URL with a URL-safe random token that differs on every launch', async () => {
    expect(server.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`);
    const other = await startTestServer();
    try {
      expect(other.token).not.toBe(server.token);
    } finally {
      await other.stop();
    }
  });

  describe('without the token (another user of this computer)', () => {
    it('answers the app page with a 401 page that says to open the printed address', async () => {
      const page = await rawRequest({ port: server.port, path: '/' });
      expect(page.status).toBe(401);
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(page.headers['www-authenticate']).toBe('Bearer realm="Debrief"');
      expect(page.headers['content-security-policy']).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
      expect(page.body).toContain('npm run serve');
      expect(page.body).toContain('?token=');
      expect(page.body).not.toContain('test page');
      // Nothing the strict CSP would have to block.
      expect(page.body).not.toMatch(/<script|<style|style=/i);
    });

    it.each(['/assets/app.js', '/index.html', '/join/session', '/api/nothing'])('refuses GET %s with 401', async (target) => {
      const response = await rawRequest({ port: server.port, path: target });
      expect(response.status).toBe(401);
      expect(response.body).not.toContain(STATIC_SCRIPT.trim());
    });

    it('refuses API calls with 401, reading and writing nothing', async () => {
      const before = snapshot(server);
      const listed = await postCall(server.port, 'meetings.list', undefined);
      expect(listed.status).toBe(401);
      expect(listed.body).not.toContain('Payroll');
      expect(JSON.parse(listed.body)).toMatchObject({ ok: false, error: { field: 'token', message: expect.stringContaining('npm run serve') } });
      const meetingId = (server.db.prepare('SELECT id FROM meetings').get() as { id: string }).id;
      for (const [method, input] of [
        ['meetings.delete', { id: meetingId }],
        ['meetings.create', { title: 'Planted' }],
        ['archive.export', { meetingId }],
      ] as const) {
        const response = await postCall(server.port, method, input);
        expect(response.status, method).toBe(401);
        expect(response.body, method).not.toContain('Payroll');
      }
      expect(snapshot(server)).toBe(before);
    });

    it('refuses the WebSocket handshake with 401', async () => {
      const watcher = await connectTestSocket(server.socketUrl, { origin: server.origin });
      sockets.push(watcher);
      await expect(connectTestSocket(`ws://127.0.0.1:${server.port}/api/ws`, { origin: server.origin })).rejects.toMatchObject({ status: 401 });
      await expect(connectTestSocket(`ws://127.0.0.1:${server.port}/api/ws`)).rejects.toMatchObject({ status: 401 });
      const raw = await rawRequest({ port: server.port, path: '/api/ws', headers: UPGRADE_HEADERS });
      expect(raw.status).toBe(401);
      expect(raw.headers['www-authenticate']).toBe('Bearer realm="Debrief"');
      expect(raw.headers['x-frame-options']).toBe('DENY');
      // The refused handshakes ran nothing: the owner's socket saw no change.
      expect(watcher.events).toEqual([]);
    });

    it.each([
      ['a wrong ?token=', (token: string) => ({ path: `/api/call/meetings.list?token=${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}` })],
      ['an empty ?token=', () => ({ path: '/api/call/meetings.list?token=' })],
      ['a wrong bearer token', (token: string) => ({ path: '/api/call/meetings.list', headers: { authorization: `Bearer ${token}x` } })],
      ['the token under another scheme', (token: string) => ({ path: '/api/call/meetings.list', headers: { authorization: `Basic ${token}` } })],
      ['a wrong cookie', (token: string) => ({ path: '/api/call/meetings.list', headers: { cookie: `debrief_token_PORT=${token.toLowerCase()}x` } })],
      [
        'the right token in the cookie of another port',
        (token: string) => ({ path: '/api/call/meetings.list', headers: { cookie: `debrief_token_1=${token}` } }),
      ],
    ])('refuses %s', async (_name, attempt) => {
      const { path, headers = {} } = attempt(server.token) as { path: string; headers?: Record<string, string> };
      const fixed = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, value.replace('PORT', String(server.port))]));
      const response = await rawRequest({ port: server.port, path, method: 'POST', headers: { 'content-type': 'application/json', ...fixed } });
      expect(response.status).toBe(401);
      expect(response.body).not.toContain('Payroll');
    });
  });

  describe('with the token', () => {
    it('accepts it as ?token=, as Authorization: Bearer, or as the cookie, on calls and on the WebSocket', async () => {
      const byQuery = await rawRequest({
        port: server.port,
        path: `/api/call/meetings.list?token=${server.token}`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
      });
      expect(JSON.parse(byQuery.body)).toMatchObject({ ok: true, result: [{ title: 'Payroll outage' }] });
      const byBearer = await postCall(server.port, 'meetings.list', undefined, { authorization: `Bearer ${server.token}` });
      expect(byBearer.status).toBe(200);
      const cookie = `debrief_token_${server.port}=${server.token}`;
      const byCookie = await postCall(server.port, 'meetings.list', undefined, { cookie: `theme=dark; ${cookie}` });
      expect(byCookie.status).toBe(200);

      const handshakes: Array<[string, Record<string, string>]> = [
        [server.socketUrl, {}],
        [`ws://127.0.0.1:${server.port}/api/ws`, { authorization: `Bearer ${server.token}` }],
        [`ws://127.0.0.1:${server.port}/api/ws`, { cookie }],
      ];
      for (const [url, headers] of handshakes) {
        const socket = await connectTestSocket(url, { origin: server.origin, headers });
        sockets.push(socket);
        const reply: CallResponse = await socket.call('meetings.list', {});
        expect(reply).toMatchObject({ ok: true, result: [{ title: 'Payroll outage' }] });
      }
    });

    it('trades ?token= on the page for an HttpOnly SameSite=Strict cookie and redirects to the same address without it', async () => {
      const opened = await rawRequest({ port: server.port, path: `/?token=${server.token}` });
      expect(opened.status).toBe(302);
      expect(opened.headers.location).toBe('/');
      expect(opened.headers['cache-control']).toBe('no-store');
      expect(opened.headers['set-cookie']).toEqual([`debrief_token_${server.port}=${server.token}; HttpOnly; SameSite=Strict; Path=/`]);

      const page = await rawRequest({ port: server.port, path: '/', headers: { cookie: cookieOf(opened) } });
      expect(page).toMatchObject({ status: 200, body: STATIC_INDEX_HTML });
      const script = await rawRequest({ port: server.port, path: '/assets/app.js', headers: { cookie: cookieOf(opened) } });
      expect(script).toMatchObject({ status: 200, body: STATIC_SCRIPT });
    });

    it('keeps the other parameters of the address, and never redirects to another site', async () => {
      const themed = await rawRequest({ port: server.port, path: `/?theme=dark&token=${server.token}` });
      expect(themed.headers.location).toBe('/?theme=dark');
      for (const sneaky of ['/.//evil.example/', '//evil.example/', '/\\evil.example/']) {
        const response = await rawRequest({ port: server.port, path: `${sneaky}?token=${server.token}` });
        expect(response.status).toBe(302);
        expect(response.headers.location, sneaky).toMatch(/^\/(?![/\\])/);
      }
    });

    it('sends a browser with a good cookie and a stale ?token= on without it, and without a new cookie', async () => {
      const cookie = `debrief_token_${server.port}=${server.token}`;
      const stale = await rawRequest({ port: server.port, path: '/?token=from-an-earlier-launch', headers: { cookie } });
      expect(stale.status).toBe(302);
      expect(stale.headers.location).toBe('/');
      expect(stale.headers['set-cookie']).toBeUndefined();
      expect((await rawRequest({ port: server.port, path: '/?token=from-an-earlier-launch' })).status).toBe(401);
    });
  });
});
