import type { JoinStatus, NoteTakerSession } from '../../src/shared/joining/joining.ts';
import { JOIN_PATHS } from '../../src/shared/joining/joining.ts';
import { freePort } from './free-port.ts';
import { callApi } from './http-request.ts';
import { apiSocketUrl, connectTestSocket, type TestSocket } from './ws-client.ts';

/**
 * A script's view of a running server: its API over WebSocket, and a note-taker joining through the join server.
 * `server` is a port and the launch token (a ServeProcess or a TestServer is one).
 */
export interface ServerAddress {
  port: number;
  token: string;
}

/** Opens the facilitator's WebSocket, as the page the server printed does. */
export function connectAsPage(server: ServerAddress): Promise<TestSocket> {
  const host = `127.0.0.1:${server.port}`;
  return connectTestSocket(apiSocketUrl(host, server.token), { origin: `http://${host}` });
}

/** Turns joining on for the meeting on 127.0.0.1, as the facilitator's Note-takers panel does; resolves once it listens. */
export async function enableJoining(server: ServerAddress, meetingId: string): Promise<{ url: string; code: string }> {
  let status = await callApi<JoinStatus>(server, 'joining.enable', { meetingId, address: '127.0.0.1', port: await freePort() });
  const deadline = Date.now() + 10_000;
  while (status.state === 'starting' && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    status = await callApi<JoinStatus>(server, 'joining.get', { meetingId });
  }
  if (status.state !== 'on' || !status.url || !status.code) throw new Error(`joining did not start: ${status.state} ${status.problem ?? ''}`);
  return { url: status.url, code: status.code };
}

/** Pairs with the code as a note-taker's browser does, then opens their WebSocket with the session cookie. */
export async function joinAsNoteTaker(join: { url: string; code: string }, name: string): Promise<{ session: NoteTakerSession; socket: TestSocket }> {
  const response = await fetch(new URL(JOIN_PATHS.pair, join.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, code: join.code }),
  });
  if (response.status !== 200) throw new Error(`pairing as ${name} failed with HTTP ${response.status}: ${await response.text()}`);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';', 1)[0] ?? '';
  const session = (await response.json()) as NoteTakerSession;
  const joinUrl = new URL(join.url);
  const socket = await connectTestSocket(apiSocketUrl(joinUrl.host), { origin: joinUrl.origin, headers: { cookie } });
  return { session, socket };
}
