import type { CallResponse } from '../../src/shared/api/wire.ts';
import type { JoinStatus, NoteTakerSession } from '../../src/shared/joining/joining.ts';
import { JOIN_PATHS } from '../../src/shared/joining/joining.ts';
import { freePort } from './free-port.ts';
import { connectTestSocket, type TestSocket } from './ws-client.ts';

/**
 * A script's view of a running `serve`: its API over HTTP and WebSocket, and a note-taker joining through the join
 * server. Whatever query the printed URL carries (a launch token) is sent along with every request.
 */

/** ws://host:port/api/ws with the query of `pageUrl`. */
export function socketUrlOf(pageUrl: string): string {
  const url = new URL('/api/ws', pageUrl);
  url.search = new URL(pageUrl).search;
  url.protocol = 'ws:';
  return url.href;
}

/** Opens the facilitator's WebSocket, as the page at `pageUrl` does. */
export function connectAsPage(pageUrl: string): Promise<TestSocket> {
  return connectTestSocket(socketUrlOf(pageUrl), { origin: new URL(pageUrl).origin });
}

/** POST /api/call/<method>; throws with the service's words unless it succeeded. */
export async function callServeApi<T>(pageUrl: string, method: string, input: unknown): Promise<T> {
  const url = new URL(`/api/call/${method}`, pageUrl);
  url.search = new URL(pageUrl).search;
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input) });
  const body = (await response.json()) as CallResponse;
  if (!body.ok) throw new Error(`${method}: ${body.error.message}`);
  return body.result as T;
}

/** Turns joining on for the meeting on 127.0.0.1, as the facilitator's Note-takers panel does; resolves once it listens. */
export async function enableJoining(pageUrl: string, meetingId: string): Promise<{ url: string; code: string }> {
  let status = await callServeApi<JoinStatus>(pageUrl, 'joining.enable', { meetingId, address: '127.0.0.1', port: await freePort() });
  const deadline = Date.now() + 10_000;
  while (status.state === 'starting' && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    status = await callServeApi<JoinStatus>(pageUrl, 'joining.get', { meetingId });
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
  const socket = await connectTestSocket(socketUrlOf(join.url), { origin: new URL(join.url).origin, headers: { cookie } });
  return { session, socket };
}
