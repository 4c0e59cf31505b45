import { describe, expect, it } from 'vitest';
import { detectViewer } from '../../../src/renderer/app/viewer.ts';
import { groupedCode, networkLabel, parsePort, preferredNetwork } from '../../../src/renderer/views/joining/join-text.ts';
import { qrMatrix, qrPath } from '../../../src/renderer/views/joining/qr-code.ts';
import { pairingProblem } from '../../../src/renderer/views/note-taker/PairingPage.tsx';
import type { NetworkChoice } from '../../../src/shared/joining/joining.ts';

const loopback: NetworkChoice = { name: 'lo', address: '127.0.0.1', family: 'IPv4', loopback: true };
const wifi: NetworkChoice = { name: 'wlan0', address: '192.168.1.20', family: 'IPv4', loopback: false };
const wifi6: NetworkChoice = { name: 'wlan0', address: 'fd00::20', family: 'IPv6', loopback: false };

describe('joining text for the facilitator', () => {
  it.each([
    [[loopback, wifi6, wifi], '192.168.1.20'],
    [[loopback, wifi6], 'fd00::20'],
    [[loopback], '127.0.0.1'],
    [[], null],
  ] as const)('prefers a room address over loopback (%#)', (choices, address) => {
    expect(preferredNetwork(choices)?.address ?? null).toBe(address);
  });

  it('labels loopback as this computer only', () => {
    expect(networkLabel(loopback)).toBe('This computer only (127.0.0.1)');
    expect(networkLabel(wifi)).toBe('wlan0 · 192.168.1.20');
  });

  it.each([
    ['', { ok: true, port: undefined }],
    ['4180', { ok: true, port: 4180 }],
    [' 5000 ', { ok: true, port: 5000 }],
    ['80', { ok: false, message: 'Port must be between 1024 and 65535.' }],
    ['70000', { ok: false, message: 'Port must be between 1024 and 65535.' }],
    ['41a0', { ok: false, message: 'Port must be a number such as 4180.' }],
  ])('reads the port %j', (text, result) => {
    expect(parsePort(text)).toEqual(result);
  });

  it('groups the code in threes to read it out', () => {
    expect(groupedCode('006045')).toBe('006 045');
  });

  it('draws a QR code as unit squares of its dark modules', () => {
    const matrix = qrMatrix('http://192.168.1.20:4180/');
    expect(matrix.length).toBeGreaterThanOrEqual(21);
    expect(matrix.every((row) => row.length === matrix.length)).toBe(true);
    // The three finder patterns: dark corners at top-left, top-right and bottom-left, light at bottom-right's corner.
    expect([matrix[0]?.[0], matrix[0]?.[matrix.length - 1], matrix[matrix.length - 1]?.[0]]).toEqual([true, true, true]);
    const darkCount = matrix.flat().filter(Boolean).length;
    expect(qrPath(matrix).match(/M/g)).toHaveLength(darkCount);
    expect(
      qrPath([
        [true, false],
        [false, true],
      ]),
    ).toBe('M0 0h1v1h-1zM1 1h1v1h-1z');
  });
});

describe('who the page is for', () => {
  const answer =
    (status: number, body: unknown = {}) =>
    () =>
      Promise.resolve(new Response(JSON.stringify(body), { status }));

  it.each([
    ['the desktop app', true, answer(200, { ok: true, result: { role: 'note_taker', sessionId: 's', meetingId: 'm', name: 'P' } }), 'facilitator'],
    ['the facilitator’s server', false, answer(200, { ok: true, result: { role: 'facilitator' } }), 'facilitator'],
    ['the join server without a session', false, answer(401), 'pairing'],
    [
      'the join server with a session',
      false,
      answer(200, { ok: true, result: { role: 'note_taker', sessionId: 's', meetingId: 'm', name: 'Priya' } }),
      'note_taker',
    ],
    ['no answer', false, () => Promise.reject(new Error('offline')), 'facilitator'],
  ] as const)('%s', async (_, bridge, fetchSession, kind) => {
    expect((await detectViewer(bridge, fetchSession)).kind).toBe(kind);
  });

  it.each([
    [200, {}, null],
    [401, {}, { field: 'code', message: 'That code is not right; check the facilitator’s screen.' }],
    [400, { error: { field: 'name', message: 'name: must not be empty' } }, { field: 'name', message: 'name: must not be empty' }],
    [503, {}, { field: null, message: 'The facilitator’s laptop answered 503; ask them whether joining is still on.' }],
  ] as const)('explains a pairing answer %i', async (status, body, problem) => {
    expect(await pairingProblem(new Response(JSON.stringify(body), { status }))).toEqual(problem);
  });

  it('counts down a lockout from Retry-After', async () => {
    const locked = new Response('{}', { status: 429, headers: { 'retry-after': '60' } });
    expect(await pairingProblem(locked)).toEqual({ field: 'code', message: 'Too many wrong codes. Try again in 60 seconds.' });
  });
});
