import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { createJoinManager, type JoinManager } from '../../src/main/joining/join-manager.ts';
import { formatHostName } from '../../src/main/server/host-origin.ts';
import type { Service } from '../../src/main/service/service.ts';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import type { JoinState, JoinStatus, NetworkChoice, NoteTakerSession } from '../../src/shared/joining/joining.ts';
import { dispatch } from '../../src/main/api/dispatch.ts';
import { ok } from './call-result.ts';
import { rawRequest, type RawRequest, type RawResponse } from './http-request.ts';
import { openServiceOnTempFile } from './service-on-temp-file.ts';
import { writeStaticSite } from './static-site.ts';
import { apiSocketUrl, connectTestSocket, type TestSocket } from './ws-client.ts';

/** 127.0.0.2 is loopback on Linux too, so a test can prove the server is bound to one address only. */
export const TEST_NETWORKS: NetworkChoice[] = [
  { name: 'lo', address: '127.0.0.1', family: 'IPv4', loopback: true },
  { name: 'lo', address: '127.0.0.2', family: 'IPv4', loopback: true },
  { name: 'lo', address: '::1', family: 'IPv6', loopback: true },
];

export type Reply = RawResponse;

export interface JoinHarness {
  db: Database;
  service: Service;
  joining: JoinManager;
  /** The injected clock (ms); move it with advance(). */
  now(): number;
  advance(ms: number): void;
  call<T>(method: string, input?: unknown): T;
  createMeeting(title: string): Meeting;
  /** Enables joining and waits for the server to be on. */
  enable(meetingId: string, address?: string): Promise<JoinStatus>;
  waitForState(meetingId: string, state: JoinState): Promise<JoinStatus>;
  /** `from` binds the client to that local address: all of 127/8 is loopback on Linux, so each is another source. */
  request(options: Omit<RawRequest, 'token'>): Promise<Reply>;
  /** Pairs and returns the session and the cookie to send back. */
  pair(port: number, name: string, code: string, address?: string, from?: string): Promise<{ session: NoteTakerSession; cookie: string; reply: Reply }>;
  connect(port: number, cookie: string | undefined, options?: { address?: string; origin?: string }): Promise<TestSocket>;
  stop(): Promise<void>;
}

export async function startJoinHarness(): Promise<JoinHarness> {
  let clock = Date.UTC(2026, 10, 23, 9, 0);
  const made: { joining?: JoinManager } = {};
  const { db, service, close } = await openServiceOnTempFile((temp) => {
    const staticDir = writeStaticSite(path.join(temp.dir, 'renderer'));
    made.joining = createJoinManager({ staticDir, clock: () => clock, networks: () => TEST_NETWORKS });
    return { joining: made.joining };
  }, 'debrief-joining-');
  const joining = made.joining;
  if (!joining) throw new Error('the join manager was not created');
  joining.attach(service);
  const sockets: TestSocket[] = [];

  const call = <T>(method: string, input?: unknown): T => ok<T>(dispatch(service, method, input));

  const waitForState = (meetingId: string, state: JoinState): Promise<JoinStatus> =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        stopListening();
        reject(new Error(`joining never became ${state}: ${JSON.stringify(joining.status(meetingId))}`));
      }, 5_000);
      const check = (): boolean => {
        const status = joining.status(meetingId);
        if (status.state !== state) return false;
        clearTimeout(timer);
        stopListening();
        resolve(status);
        return true;
      };
      const stopListening = joining.onStatusChange(() => check());
      check();
    });

  return {
    db,
    service,
    joining,
    now: () => clock,
    advance: (ms) => {
      clock += ms;
    },
    call,
    createMeeting: (title) => call<Meeting>('meetings.create', { title }),
    async enable(meetingId, address = '127.0.0.1') {
      joining.enable(meetingId, address, 0);
      return waitForState(meetingId, 'on');
    },
    waitForState,
    request: rawRequest,
    async pair(port, name, code, address = '127.0.0.1', from) {
      const reply = await rawRequest({
        address,
        from,
        port,
        path: '/join/pair',
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name, code }),
      });
      const setCookie = reply.headers['set-cookie']?.[0] ?? '';
      return { session: JSON.parse(reply.body) as NoteTakerSession, cookie: setCookie.split(';', 1)[0] ?? '', reply };
    },
    async connect(port, cookie, options = {}) {
      const address = options.address ?? '127.0.0.1';
      const host = `${formatHostName(address)}:${port}`;
      const socket = await connectTestSocket(apiSocketUrl(host), {
        origin: options.origin ?? `http://${host}`,
        headers: cookie === undefined ? {} : { cookie },
      });
      sockets.push(socket);
      return socket;
    },
    async stop() {
      for (const socket of sockets.splice(0)) socket.socket.terminate();
      await joining.close();
      close();
    },
  };
}
