import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { JOIN_PATHS } from '../../shared/joining/joining.ts';
import { sameCaller, type Caller } from '../api/caller.ts';
import { dispatch } from '../api/dispatch.ts';
import type { Service } from '../service/service.ts';
import type { Door } from './door.ts';
import { handleEvidenceRequest, isEvidencePath } from './evidence-routes.ts';
import { isAllowedHost, isAllowedOrigin } from './host-origin.ts';
import { handleApiCall } from './http-api.ts';
import { maxInputBytes } from '../../shared/api/message-limits.ts';
import { applySecurityHeaders, sendJson, sendText, writeRawResponse } from './responses.ts';
import type { SocketApi } from './socket-api.ts';
import { serveStaticFile } from './static-files.ts';

export const SOCKET_PATH = '/api/ws';
export const CALL_PREFIX = '/api/call/';

export interface RouteContext {
  service: Service;
  door: Door;
  socketApi: SocketApi;
  realStaticRoot: string;
  /** Known only once the server listens (port 0 picks one). */
  allowedHosts(): ReadonlySet<string>;
}

export function handleRequest(context: RouteContext, req: IncomingMessage, res: ServerResponse): void {
  applySecurityHeaders(res);
  route(context, req, res).catch(() => {
    if (!res.headersSent) sendText(res, 500, 'Internal Server Error');
    else res.destroy();
  });
}

async function route(context: RouteContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const { door } = context;
  const allowed = context.allowedHosts();
  if (!isAllowedHost(req.headers.host, allowed)) return sendText(res, 403, 'Forbidden: unknown Host');
  if (!isAllowedOrigin(req.headers.origin, allowed)) return sendText(res, 403, 'Forbidden: foreign Origin');
  const pathname = pathOf(req.url);
  const caller = door.callerOf(req);
  if (await door.answer(req, res, pathname, caller)) return;
  if (pathname === SOCKET_PATH) return sendText(res, 426, 'Upgrade Required', { Upgrade: 'websocket' });
  if (pathname === JOIN_PATHS.session && req.method !== 'GET') return sendText(res, 405, 'Method Not Allowed', { Allow: 'GET' });
  if (pathname === JOIN_PATHS.session || pathname.startsWith(CALL_PREFIX)) {
    if (!caller) return door.refuse(req, res, pathname);
    // Who am I, before the page starts: the same caller that session.me answers with.
    if (pathname === JOIN_PATHS.session) return sendJson(res, 200, caller);
    const method = methodOf(pathname);
    const call = (input: unknown) => (stillCaller(door, req, caller) ? dispatch(context.service, method, input, caller) : undefined);
    return handleApiCall(req, res, call, () => door.refuse(req, res, pathname), maxInputBytes(method));
  }
  if (isEvidencePath(pathname)) {
    if (!caller) return door.refuse(req, res, pathname);
    const call = (method: string, input: unknown) => (stillCaller(door, req, caller) ? dispatch(context.service, method, input, caller) : undefined);
    return handleEvidenceRequest(req, res, pathname, call, () => door.refuse(req, res, pathname));
  }
  if (pathname.startsWith('/api/') || pathname.startsWith('/join/')) return sendText(res, 404, 'Not Found');
  await serveStaticFile(req, res, context.realStaticRoot);
}

export function handleUpgrade(context: RouteContext, req: IncomingMessage, socket: Duplex, head: Buffer): void {
  socket.on('error', () => socket.destroy());
  const allowed = context.allowedHosts();
  if (pathOf(req.url) !== SOCKET_PATH) return writeRawResponse(socket, 404);
  if (!isAllowedHost(req.headers.host, allowed) || !isAllowedOrigin(req.headers.origin, allowed)) return writeRawResponse(socket, 403);
  const caller = context.door.callerOf(req);
  if (!caller) return writeRawResponse(socket, 401, context.door.challenge);
  context.socketApi.accept(req, socket, head, caller, () => stillCaller(context.door, req, caller));
}

/** The request's credential still names the same caller: a note-taker removed meanwhile does not get a call run. */
function stillCaller(door: Door, req: IncomingMessage, caller: Caller): boolean {
  const now = door.callerOf(req);
  return now !== undefined && sameCaller(now, caller);
}

export function pathOf(url: string | undefined): string {
  return (url ?? '').split(/[?#]/, 1)[0] ?? '';
}

/** An undecodable name is passed on as written, and dispatch() answers unknown_method. */
export function methodOf(pathname: string): string {
  const raw = pathname.slice(CALL_PREFIX.length);
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
