import net from 'node:net';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import type { JoinStatus, NetworkChoice } from '../../src/shared/joining/joining.ts';
import {
  postCall,
  rawRequest,
  killAllChildren,
  startServeProcess,
  writeStaticSite,
  connectTestSocket,
  useTempDir,
  freePort,
  callApi,
} from '../harness/index.ts';

/** A port that was free a moment ago (the schema wants 1024 and above, so port 0 is not an option here). */
function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describe('joining in npm run serve', () => {
  const temp = useTempDir('debrief-serve-joining-');
  let staticDir: string;

  beforeEach(() => {
    staticDir = writeStaticSite(temp.file('renderer'));
  });
  afterEach(killAllChildren);

  it('the facilitator turns joining on, a note-taker pairs and adds an event the facilitator sees, and shutdown closes the join port', async () => {
    const serve = await startServeProcess(['--port', '0', '--db', path.join(temp.dir, 'debrief.sqlite'), '--static', staticDir]);
    const facilitator = await connectTestSocket(serve.socketUrl, { origin: serve.origin });
    const networks = await callApi<NetworkChoice[]>(serve, 'joining.networks', undefined);
    expect(networks).toContainEqual(expect.objectContaining({ address: '127.0.0.1', family: 'IPv4', loopback: true }));
    const meeting = await callApi<Meeting>(serve, 'meetings.create', { title: 'Checkout outage' });

    const joinPort = await freePort();
    const starting = await callApi<JoinStatus>(serve, 'joining.enable', { meetingId: meeting.id, address: '127.0.0.1', port: joinPort });
    expect(starting.state).toBe('starting');
    await expect.poll(async () => (await callApi<JoinStatus>(serve, 'joining.get', { meetingId: meeting.id })).state).toBe('on');
    const on = await callApi<JoinStatus>(serve, 'joining.get', { meetingId: meeting.id });
    expect(on.url).toBe(`http://127.0.0.1:${joinPort}/`);

    const paired = await rawRequest({
      port: joinPort,
      path: '/join/pair',
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Priya', code: on.code }),
    });
    expect(paired.status).toBe(200);
    const cookie = (paired.headers['set-cookie']?.[0] ?? '').split(';', 1)[0] ?? '';
    const added = await postCall(joinPort, 'timeline.add', { meetingId: meeting.id, occurredAt: 1, description: 'Alert fired' }, { cookie });
    expect(added.status).toBe(200);
    await expect.poll(() => facilitator.events.some((event) => event.entity === 'timeline_event' && event.meetingId === meeting.id)).toBe(true);

    serve.child.kill('SIGTERM');
    expect(await serve.exited).toBe(0);
    expect(await canConnect(joinPort)).toBe(false);
  });
});
