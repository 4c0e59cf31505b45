import { realpathSync } from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../shared/api/errors.ts';
import { DEFAULT_JOIN_PORT, type JoinStatus, type NetworkChoice } from '../../shared/joining/joining.ts';
import { formatHostName } from '../server/host-origin.ts';
import { listen, type Listener } from '../server/start-server.ts';
import type { Service } from '../service/service.ts';
import type { JoinControl } from './join-control.ts';
import { createJoinDoor } from './join-door.ts';
import { JoinSessions } from './join-sessions.ts';
import { listNetworks } from './networks.ts';
import { newPairingCode } from './pairing-code.ts';
import { PairingLimiter, WRONG_CODES_PER_CODE } from './pairing-limiter.ts';
import { errorMessage } from '../../shared/error-message.ts';

export interface JoinManagerOptions {
  /** The built renderer, served to note-takers as it is to the facilitator. */
  staticDir: string;
  clock?: () => number;
  networks?: () => NetworkChoice[];
}

export interface JoinManager extends JoinControl {
  /** Gives the manager the service it serves note-takers from; joining cannot be enabled before this. */
  attach(service: Service): void;
  /** Turns joining off (everyone disconnected) and waits for the port to close. */
  close(): Promise<void>;
}

/** One meeting joinable at a time; its listener, code and sessions. */
interface Joinable {
  meetingId: string;
  address: string;
  port: number;
  state: 'starting' | 'on' | 'failed';
  problem: string | null;
  code: string;
  /** Codes replaced because too many wrong ones were tried, since the facilitator last chose one. */
  wornOutCodes: number;
  sessions: JoinSessions;
  server: Listener | undefined;
  /** Resolves once the server has started (or failed); close waits for it. */
  started: Promise<void>;
}

export function createJoinManager(options: JoinManagerOptions): JoinManager {
  const clock = options.clock ?? Date.now;
  const networks = options.networks ?? (() => listNetworks());
  const listeners = new Set<(status: JoinStatus) => void>();
  const onAudience = new Set<string>();
  // Lockouts outlive a restart of joining, so turning it off and on does not wipe a guesser's record.
  const limiter = new PairingLimiter(clock);
  let attached: Service | undefined;
  let current: Joinable | undefined;
  let realStaticRoot: string | undefined;

  const statusOf = (meetingId: string): JoinStatus => {
    const showOnAudience = onAudience.has(meetingId);
    if (!current || current.meetingId !== meetingId) {
      return { meetingId, state: 'off', address: null, port: null, url: null, code: null, problem: null, notice: null, people: [], showOnAudience };
    }
    const on = current.state === 'on';
    return {
      meetingId,
      state: current.state,
      address: current.address,
      port: current.port,
      url: on ? `http://${formatHostName(current.address)}:${current.port}/` : null,
      code: current.state === 'failed' ? null : current.code,
      problem: current.problem,
      notice: wornOutNotice(current.wornOutCodes),
      people: current.sessions.people(),
      showOnAudience,
    };
  };

  const report = (meetingId: string): void => {
    const status = statusOf(meetingId);
    for (const listener of listeners) {
      try {
        listener(status);
      } catch (error) {
        console.error('A join status listener failed:', error);
      }
    }
  };

  const stop = (joinable: Joinable, reason = 'joining was turned off'): Promise<void> => {
    joinable.sessions.endAll(reason);
    return joinable.started.then(() => joinable.server?.close());
  };

  const turnOff = (reason?: string): Promise<void> => {
    const previous = current;
    if (!previous) return Promise.resolve();
    current = undefined;
    report(previous.meetingId);
    return stop(previous, reason);
  };

  const requireOn = (meetingId: string): Joinable => {
    if (!current || current.meetingId !== meetingId || current.state === 'failed') {
      throw new ApiError('conflict', 'Joining is off for this meeting; turn on "Let note-takers join" first');
    }
    return current;
  };

  return {
    attach(service) {
      attached = service;
      // A deleted meeting leaves nothing to join: its port closes and every session of it ends at once.
      service.onChange((event) => {
        if (event.entity !== 'meeting' || event.op !== 'deleted') return;
        onAudience.delete(event.meetingId);
        if (current?.meetingId === event.meetingId) void turnOff('the meeting was deleted');
      });
    },

    networks,

    status: statusOf,

    enable(meetingId, address, port = DEFAULT_JOIN_PORT) {
      const choice = networks().find((network) => network.address.toLowerCase() === address.toLowerCase());
      if (!choice) {
        throw new ApiError('invalid_input', `address: ${address} is not a network address of this computer; pick one from the list`, 'address');
      }
      if (!attached) throw new ApiError('conflict', 'Joining needs the running app: npm start or npm run serve');
      if (current && current.meetingId === meetingId && current.address === choice.address && current.port === port && current.state !== 'failed') {
        return statusOf(meetingId);
      }
      const previous = current;
      if (previous) {
        current = undefined;
        if (previous.meetingId !== meetingId) report(previous.meetingId);
      }
      realStaticRoot ??= builtRendererRoot(options.staticDir);
      const service = attached;
      const sessions = new JoinSessions(clock);
      const joinable: Joinable = {
        meetingId,
        address: choice.address,
        port,
        state: 'starting',
        problem: null,
        code: newPairingCode(),
        wornOutCodes: 0,
        sessions,
        server: undefined,
        started: Promise.resolve(),
      };
      current = joinable;
      limiter.newCode();
      report(meetingId);
      const root = realStaticRoot;
      // The previous server must let go of the port before this one can take it.
      joinable.started = (previous ? stop(previous) : Promise.resolve())
        .then(() =>
          listen({
            service,
            host: choice.address,
            port,
            exclusive: true,
            realStaticRoot: root,
            door: createJoinDoor({
              address: choice.address,
              meetingId,
              sessions,
              limiter,
              code: () => joinable.code,
              replaceWornOutCode: () => {
                if (current !== joinable) return;
                joinable.code = newPairingCode();
                joinable.wornOutCodes += 1;
                limiter.newCode();
                report(meetingId);
              },
              peopleChanged: () => {
                if (current === joinable) report(meetingId);
              },
            }),
          }),
        )
        .then(
          (server) => {
            joinable.server = server;
            // Port 0 (tests) picks a free port; the status names the real one.
            joinable.port = server.port;
            // Turned off or moved while starting: whoever replaced it closes this server once `started` settles.
            if (current !== joinable) return;
            joinable.state = 'on';
            report(meetingId);
          },
          (error: unknown) => {
            if (current !== joinable) return;
            joinable.state = 'failed';
            joinable.problem = describeListenFailure(error, choice.address, port);
            report(meetingId);
          },
        );
      return statusOf(meetingId);
    },

    disable(meetingId) {
      if (current?.meetingId === meetingId) void turnOff();
      return statusOf(meetingId);
    },

    rotateCode(meetingId) {
      const joinable = requireOn(meetingId);
      joinable.code = newPairingCode();
      // The facilitator has seen the new code, so the notice about worn-out ones has done its job.
      joinable.wornOutCodes = 0;
      limiter.newCode();
      report(meetingId);
      return statusOf(meetingId);
    },

    removePerson(meetingId, sessionId) {
      const joinable = requireOn(meetingId);
      const entry = joinable.sessions.byId(sessionId);
      if (!entry) throw new ApiError('not_found', `No note-taker with session ${sessionId} in this meeting`);
      joinable.sessions.end(entry, 'removed by the facilitator');
      report(meetingId);
      return statusOf(meetingId);
    },

    showOnAudience(meetingId, show) {
      if (show) onAudience.add(meetingId);
      else onAudience.delete(meetingId);
      report(meetingId);
      return statusOf(meetingId);
    },

    onStatusChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    close: () => turnOff(),
  };
}

/** What the Note-takers panel tells the facilitator once the code was replaced under them. */
function wornOutNotice(times: number): string | null {
  if (times === 0) return null;
  const replaced = times === 1 ? 'so the code was replaced' : `so the code was replaced (${times} times now)`;
  return `${WRONG_CODES_PER_CODE} wrong codes were tried, ${replaced}. People already joined stay in; give newcomers the new code.`;
}

function builtRendererRoot(staticDir: string): string {
  try {
    return realpathSync(path.resolve(staticDir));
  } catch {
    throw new ApiError('conflict', `The app's files are not built (${staticDir} is missing), so note-takers would have nothing to open; run npm run build`);
  }
}

function describeListenFailure(error: unknown, address: string, port: number): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const where = `${formatHostName(address)}:${port}`;
  if (code === 'EADDRINUSE') return `Port ${port} is already in use on ${address}; pick another port (for example ${port === 65535 ? port - 1 : port + 1}).`;
  if (code === 'EACCES') return `This computer does not allow listening on ${where}; pick a port above 1023.`;
  if (code === 'EADDRNOTAVAIL') return `${address} is no longer an address of this computer (the network may have changed); pick another.`;
  return `Could not start joining on ${where}: ${errorMessage(error)}`;
}
