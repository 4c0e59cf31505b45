import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch.ts';
import type { ChangeEvent } from '../../src/shared/api/events.ts';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import type { JoinStatus } from '../../src/shared/joining/joining.ts';
import { startJoinHarness, type JoinHarness, useServiceOnTempFile } from '../harness/index.ts';

describe('joining.* without the running app', () => {
  const fixture = useServiceOnTempFile();

  it('refuses every joining call, saying what is needed', () => {
    const created = dispatch(fixture.service, 'meetings.create', { title: 'Checkout outage' });
    if (!created.ok) throw new Error('could not create a meeting');
    const meetingId = (created.result as Meeting).id;
    for (const [method, input] of [
      ['joining.networks', undefined],
      ['joining.get', { meetingId }],
      ['joining.enable', { meetingId, address: '127.0.0.1' }],
      ['joining.rotateCode', { meetingId }],
    ] as const) {
      const response = dispatch(fixture.service, method, input);
      expect(response, method).toEqual({ ok: false, error: { code: 'conflict', message: 'Joining needs the running app: npm start or npm run serve' } });
    }
  });
});

describe('joining.* with the join server', () => {
  let harness: JoinHarness | undefined;
  afterEach(async () => {
    await harness?.stop();
    harness = undefined;
  });

  it('reports starting, then on, as joining change events of the meeting', async () => {
    harness = await startJoinHarness();
    const meetingId = harness.createMeeting('Checkout outage').id;
    const events: ChangeEvent[] = [];
    harness.service.onChange((event) => events.push(event));
    const starting = harness.call<JoinStatus>('joining.enable', { meetingId, address: '127.0.0.1', port: 47_913 });
    expect(starting).toMatchObject({ state: 'starting', url: null, address: '127.0.0.1', port: 47_913 });
    await harness.waitForState(meetingId, 'on');
    expect(harness.call<JoinStatus>('joining.get', { meetingId })).toMatchObject({ state: 'on', url: 'http://127.0.0.1:47913/' });
    expect(events.length).toBeGreaterThanOrEqual(2);
    expect(events.every((event) => event.entity === 'joining' && event.entityId === meetingId && event.meetingId === meetingId && event.op === 'updated')).toBe(
      true,
    );
  });

  it('turned off while still starting, it never ends up listening', async () => {
    harness = await startJoinHarness();
    const meetingId = harness.createMeeting('Checkout outage').id;
    const port = 47_917;
    expect(harness.call<JoinStatus>('joining.enable', { meetingId, address: '127.0.0.1', port }).state).toBe('starting');
    expect(harness.call<JoinStatus>('joining.disable', { meetingId }).state).toBe('off');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(harness.joining.status(meetingId).state).toBe('off');
    const refused = await harness.request({ port, path: '/' }).then(
      () => false,
      () => true,
    );
    expect(refused).toBe(true);
  });

  it('writes an IPv6 address in brackets in the url', async () => {
    harness = await startJoinHarness();
    const meetingId = harness.createMeeting('Checkout outage').id;
    const status = await harness.enable(meetingId, '::1');
    expect(status.url).toBe(`http://[::1]:${status.port}/`);
    const paired = await harness.pair(status.port!, 'Priya', status.code!, '::1');
    expect(paired.reply.status).toBe(200);
  });

  it('refuses the facilitator’s controls for a meeting that does not exist or is not joinable', async () => {
    harness = await startJoinHarness();
    const meetingId = harness.createMeeting('Checkout outage').id;
    expect(() => harness!.call('joining.enable', { meetingId: '00000000-0000-4000-8000-000000000000', address: '127.0.0.1' })).toThrow(/not_found/);
    expect(() => harness!.call('joining.rotateCode', { meetingId })).toThrow(/Joining is off for this meeting/);
    expect(harness.call<JoinStatus>('joining.get', { meetingId })).toMatchObject({ state: 'off', code: null, url: null, people: [] });
  });

  it('answers session.me and calls over the note-taker’s WebSocket', async () => {
    harness = await startJoinHarness();
    const meetingId = harness.createMeeting('Checkout outage').id;
    const status = await harness.enable(meetingId);
    const { cookie, session } = await harness.pair(status.port!, 'Priya', status.code!);
    const socket = await harness.connect(status.port!, cookie);
    expect(await socket.call('session.me')).toEqual({ ok: true, result: session });
    const added = await socket.call('timeline.add', { meetingId, occurredAt: 5, description: 'Rolled back' });
    expect(added.ok).toBe(true);
    const people = harness.joining.status(meetingId).people;
    expect(people).toMatchObject([{ sessionId: session.sessionId, connected: true }]);
  });
});
