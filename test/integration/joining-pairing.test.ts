import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/shared/csp.ts';
import type { ChangeEvent } from '../../src/shared/api/events.ts';
import type { JoinStatus, NoteTakerSession } from '../../src/shared/joining/joining.ts';
import { startJoinHarness, type JoinHarness, type Reply } from '../harness/index.ts';

function expectSecurityHeaders(reply: Reply): void {
  expect(reply.headers['content-security-policy']).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
  expect(reply.headers['x-content-type-options']).toBe('nosniff');
  expect(reply.headers['x-frame-options']).toBe('DENY');
}

/** A code that is not the current one, whatever the current one is. */
function wrongCode(status: JoinStatus): string {
  return status.code === '000000' ? '111111' : '000000';
}

describe('pairing with the join server', () => {
  let harness: JoinHarness;
  let meetingId: string;
  let status: JoinStatus;

  beforeEach(async () => {
    harness = await startJoinHarness();
    meetingId = harness.createMeeting('Checkout outage').id;
    status = await harness.enable(meetingId);
  });
  afterEach(async () => {
    await harness.stop();
  });

  it('is on at a url for the chosen address and port, with a 6-digit code', () => {
    expect(status).toMatchObject({
      meetingId,
      state: 'on',
      address: '127.0.0.1',
      url: `http://127.0.0.1:${status.port}/`,
      problem: null,
      notice: null,
      people: [],
    });
    expect(status.code).toMatch(/^\d{6}$/);
  });

  it('gives a session and an HttpOnly SameSite=Strict cookie for the right code', async () => {
    const { session, reply } = await harness.pair(status.port!, 'Priya', status.code!);
    expect(reply.status).toBe(200);
    expectSecurityHeaders(reply);
    expect(session).toMatchObject({ role: 'note_taker', meetingId, name: 'Priya' });
    const cookie = reply.headers['set-cookie']?.[0] ?? '';
    expect(cookie).toMatch(/^debrief_session=[A-Za-z0-9_-]{43}; /);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Path=/');
    expect(cookie).not.toContain('Secure');
    expect(harness.joining.status(meetingId).people).toMatchObject([{ sessionId: session.sessionId, name: 'Priya', connected: false }]);
  });

  it('refuses a wrong code with 401 and no cookie', async () => {
    const { reply } = await harness.pair(status.port!, 'Priya', wrongCode(status));
    expect(reply.status).toBe(401);
    expectSecurityHeaders(reply);
    expect(reply.headers['set-cookie']).toBeUndefined();
    expect(JSON.parse(reply.body)).toMatchObject({ error: { field: 'code' } });
    expect(harness.joining.status(meetingId).people).toEqual([]);
  });

  it('refuses a malformed pairing request with 400', async () => {
    const { reply } = await harness.pair(status.port!, '', status.code!);
    expect(reply.status).toBe(400);
    const bad = await harness.request({
      port: status.port!,
      path: '/join/pair',
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"name":"A","code":"12"}',
    });
    expect(bad.status).toBe(400);
  });

  it('locks a client out after 5 wrong codes, longer each time, even for the right code; success resets', async () => {
    const port = status.port!;
    for (let attempt = 1; attempt <= 4; attempt++) expect((await harness.pair(port, 'Guesser', wrongCode(status))).reply.status).toBe(401);
    const fifth = (await harness.pair(port, 'Guesser', wrongCode(status))).reply;
    expect(fifth.status).toBe(429);
    expect(fifth.headers['retry-after']).toBe('30');
    expectSecurityHeaders(fifth);
    expect(JSON.parse(fifth.body)).toMatchObject({ error: { message: expect.stringContaining('try again in 30 seconds') } });

    const rightDuringLockout = (await harness.pair(port, 'Guesser', status.code!)).reply;
    expect(rightDuringLockout.status).toBe(429);
    expect(rightDuringLockout.headers['set-cookie']).toBeUndefined();

    harness.advance(30_000);
    const sixth = (await harness.pair(port, 'Guesser', wrongCode(status))).reply;
    expect(sixth.status).toBe(429);
    expect(sixth.headers['retry-after']).toBe('60');
    harness.advance(60_000);
    expect((await harness.pair(port, 'Guesser', wrongCode(status))).reply.headers['retry-after']).toBe('120');
    harness.advance(120_000);

    const right = await harness.pair(port, 'Guesser', status.code!);
    expect(right.reply.status).toBe(200);
    // Reset: four more wrong codes are plain 401s again.
    for (let attempt = 1; attempt <= 4; attempt++) expect((await harness.pair(port, 'Guesser', wrongCode(status))).reply.status).toBe(401);
  });

  it('caps the lockout at 15 minutes', async () => {
    const port = status.port!;
    let retryAfter = '';
    for (let attempt = 1; attempt <= 12; attempt++) {
      const reply = (await harness.pair(port, 'Guesser', wrongCode(status))).reply;
      retryAfter = String(reply.headers['retry-after'] ?? '');
      harness.advance(Number(retryAfter || 0) * 1000);
    }
    expect(retryAfter).toBe('900');
  });

  it('answers /join/session with the session for its cookie and 401 without one', async () => {
    const { session, cookie } = await harness.pair(status.port!, 'Priya', status.code!);
    const mine = await harness.request({ port: status.port!, path: '/join/session', headers: { cookie } });
    expect(mine.status).toBe(200);
    expect(JSON.parse(mine.body) as NoteTakerSession).toEqual(session);
    const none = await harness.request({ port: status.port!, path: '/join/session' });
    expect(none.status).toBe(401);
    expectSecurityHeaders(none);
    const bogus = await harness.request({ port: status.port!, path: '/join/session', headers: { cookie: 'debrief_session=not-a-real-token' } });
    expect(bogus.status).toBe(401);
  });

  it('ends the session on /join/leave and clears the cookie', async () => {
    const { cookie } = await harness.pair(status.port!, 'Priya', status.code!);
    const left = await harness.request({ port: status.port!, path: '/join/leave', method: 'POST', headers: { cookie } });
    expect(left.status).toBe(200);
    expect(left.headers['set-cookie']?.[0]).toContain('Max-Age=0');
    expect((await harness.request({ port: status.port!, path: '/join/session', headers: { cookie } })).status).toBe(401);
    expect(harness.joining.status(meetingId).people).toEqual([]);
  });

  it('keeps sessions when the code is rotated; the old code no longer pairs', async () => {
    const { cookie } = await harness.pair(status.port!, 'Priya', status.code!);
    const rotated = harness.call<JoinStatus>('joining.rotateCode', { meetingId });
    expect(rotated.code).toMatch(/^\d{6}$/);
    expect((await harness.request({ port: status.port!, path: '/join/session', headers: { cookie } })).status).toBe(200);
    if (rotated.code !== status.code) expect((await harness.pair(status.port!, 'Sam', status.code!)).reply.status).toBe(401);
    expect((await harness.pair(status.port!, 'Sam', rotated.code!)).reply.status).toBe(200);
  });

  it('replaces the code after 20 wrong codes from 40 addresses in all, and tells the facilitator; joined people stay in', async () => {
    const port = status.port!;
    const joined = await harness.pair(port, 'Priya', status.code!);
    const changes: ChangeEvent[] = [];
    harness.service.onChange((event) => changes.push(event));

    // 40 source addresses (127.0.0.2 to 127.0.0.41), 5 guesses each as far as the code lasts: 200 guesses planned.
    const sources = Array.from({ length: 40 }, (_, i) => `127.0.0.${i + 2}`);
    const replies: number[] = [];
    let firstReplacedAfter: number | undefined;
    for (let round = 0; round < 5; round++) {
      for (const source of sources) {
        replies.push((await harness.pair(port, 'Guesser', wrongCode(status), '127.0.0.1', source)).reply.status);
        if (firstReplacedAfter === undefined && harness.joining.status(meetingId).code !== status.code) firstReplacedAfter = replies.length;
      }
    }
    // Each address keeps its own lockout: the fifth guess from each is refused (429), the others are wrong (401).
    expect(replies.filter((code) => code === 401)).toHaveLength(160);
    expect(replies.filter((code) => code === 429)).toHaveLength(40);
    expect(firstReplacedAfter).toBe(20);

    const now = harness.joining.status(meetingId);
    expect(now.code).toMatch(/^\d{6}$/);
    expect(now.notice).toBe('20 wrong codes were tried, so the code was replaced (10 times now). People already joined stay in; give newcomers the new code.');
    expect(changes.filter((event) => event.entity === 'joining')).toHaveLength(10);
    // The guessed-at code no longer pairs; the new one does; Priya's session is untouched.
    if (now.code !== status.code) expect((await harness.pair(port, 'Late', status.code!, '127.0.0.1', '127.0.0.99')).reply.status).toBe(401);
    expect((await harness.pair(port, 'Sam', now.code!, '127.0.0.1', '127.0.0.100')).reply.status).toBe(200);
    expect((await harness.request({ port, path: '/join/session', headers: { cookie: joined.cookie } })).status).toBe(200);

    // The facilitator's own New code clears the notice.
    expect(harness.call<JoinStatus>('joining.rotateCode', { meetingId }).notice).toBeNull();
  });

  it('says once when the code was replaced, and counts wrong codes afresh for the new one', async () => {
    const port = status.port!;
    for (let i = 0; i < 20; i++) await harness.pair(port, 'Guesser', wrongCode(status), '127.0.0.1', `127.0.1.${i + 1}`);
    const replaced = harness.joining.status(meetingId);
    expect(replaced.code).not.toBeNull();
    expect(replaced.notice).toBe('20 wrong codes were tried, so the code was replaced. People already joined stay in; give newcomers the new code.');
    for (let i = 0; i < 19; i++) await harness.pair(port, 'Guesser', wrongCode(replaced), '127.0.0.1', `127.0.2.${i + 1}`);
    expect(harness.joining.status(meetingId).code).toBe(replaced.code);
  });
});
