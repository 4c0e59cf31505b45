import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Service } from '../service/service.ts';
import { accessCookie, presentedAccess, withoutToken } from './access-token.ts';
import { isAllowedHost, isAllowedOrigin } from './host-origin.ts';
import { handleApiCall } from './http-api.ts';
import { applySecurityHeaders, sendJson, sendText, writeRawResponse } from './responses.ts';
import { JOIN_PATHS, type ViewerSession } from '../../shared/joining/joining.ts';
import type { SocketApi } from './socket-api.ts';
import { serveStaticFile } from './static-files.ts';
import { AUTH_CHALLENGE, refuseWithoutToken } from './unauthorized.ts';

export const SOCKET_PATH = '/api/ws';
export const CALL_PREFIX = '/api/call/';

export interface RouteContext {
  service: Service;
  socketApi: SocketApi;
  realStaticRoot: string;
  /** This launch's access token (see access-token.ts). */
  token: string;
  /** Known only once the server listens (port 0 picks one). */
  allowedHosts(): ReadonlySet<string>;
  port(): number;
}

export function handleRequest(context: RouteContext, req: IncomingMessage, res: ServerResponse): void {
  applySecurityHeaders(res);
  route(context, req, res).catch(() => {
    if (!res.headersSent) sendText(res, 500, 'Internal Server Error');
    else res.destroy();
  });
}

async function route(context: RouteContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const allowed = context.allowedHosts();
  if (!isAllowedHost(req.headers.host, allowed)) {
    sendText(res, 403, 'Forbidden: unknown Host');
    return;
  }
  const pathname = pathOf(req.url);
  const access = presentedAccess(req, context.token, context.port());
  if (!access.granted) {
    refuseWithoutToken(req, res, pathname);
    return;
  }
  const isPage = !pathname.startsWith('/api/') && (req.method === 'GET' || req.method === 'HEAD');
  if (isPage && access.queryPresent) {
    // The browser keeps the address's #fragment across a redirect without one, so #/meetings/<id> survives.
    if (access.byQuery) res.setHeader('Set-Cookie', accessCookie(context.port(), context.token));
    res.writeHead(302, { Location: withoutToken(req.url), 'Cache-Control': 'no-store', 'Content-Length': 0 });
    res.end();
    return;
  }
  if (pathname === SOCKET_PATH) {
    sendText(res, 426, 'Upgrade Required', { Upgrade: 'websocket' });
    return;
  }
  if (pathname === JOIN_PATHS.session) {
    // The page asks "who am I?" before it starts; on the facilitator's own server the answer is always the facilitator.
    const facilitator: ViewerSession = { role: 'facilitator' };
    sendJson(res, 200, facilitator);
    return;
  }
  if (pathname.startsWith(CALL_PREFIX)) {
    if (!isAllowedOrigin(req.headers.origin, allowed)) {
      sendText(res, 403, 'Forbidden: foreign Origin');
      return;
    }
    await handleApiCall(req, res, context.service, methodOf(pathname));
    return;
  }
  if (pathname.startsWith('/api/')) {
    sendText(res, 404, 'Not Found');
    return;
  }
  await serveStaticFile(req, res, context.realStaticRoot);
}

export function handleUpgrade(context: RouteContext, req: IncomingMessage, socket: Duplex, head: Buffer): void {
  socket.on('error', () => socket.destroy());
  const allowed = context.allowedHosts();
  if (pathOf(req.url) !== SOCKET_PATH) {
    writeRawResponse(socket, 404);
    return;
  }
  if (!isAllowedHost(req.headers.host, allowed) || !isAllowedOrigin(req.headers.origin, allowed)) {
    writeRawResponse(socket, 403);
    return;
  }
  if (!presentedAccess(req, context.token, context.port()).granted) {
    writeRawResponse(socket, 401, AUTH_CHALLENGE);
    return;
  }
  context.socketApi.accept(req, socket, head);
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
