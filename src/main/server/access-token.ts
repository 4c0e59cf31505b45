import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { readCookie, strictCookie } from './cookies.ts';
import { sameSecret } from './same-secret.ts';

/**
 * The loopback server's per-launch token, as in Jupyter: any local user can reach 127.0.0.1, so only whoever can read
 * the URL `npm run serve` printed (?token=…) gets in. A browser trades it for a cookie; scripts may send it as
 * ?token= on any URL (the WebSocket's included) or as `Authorization: Bearer <token>`.
 */
export const TOKEN_PARAM = 'token';

/** 32 random bytes, base64url: nothing to escape in a URL, and far beyond guessing. */
export function newAccessToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Cookies ignore ports, so two servers on one machine each need their own name not to overwrite each other's. */
export function accessCookieName(port: number): string {
  return `debrief_token_${port}`;
}

export function accessCookie(port: number, token: string): string {
  return strictCookie(accessCookieName(port), token);
}

export interface PresentedAccess {
  /** Some credential the request carries is this launch's token. */
  granted: boolean;
  /** The request's ?token= is this launch's token (a browser opening the printed URL, to be given the cookie). */
  byQuery: boolean;
  /** The request's URL has a ?token= at all, right or stale, so a page can be sent on without it. */
  queryPresent: boolean;
}

export function presentedAccess(req: IncomingMessage, token: string, port: number): PresentedAccess {
  const fromQuery = queryToken(req.url);
  const byQuery = fromQuery !== undefined && sameSecret(token, fromQuery);
  const fromCookie = readCookie(req.headers.cookie, accessCookieName(port));
  const fromHeader = bearerToken(req.headers.authorization);
  const granted = byQuery || (fromCookie !== undefined && sameSecret(token, fromCookie)) || (fromHeader !== undefined && sameSecret(token, fromHeader));
  return { granted, byQuery, queryPresent: fromQuery !== undefined };
}

/** The same URL without its ?token= (other parameters kept), for the redirect that takes it out of the address bar. */
export function withoutToken(url: string | undefined): string {
  const parsed = new URL(url ?? '/', 'http://debrief.invalid');
  parsed.searchParams.delete(TOKEN_PARAM);
  // "//host" in a Location header would send the browser to another site.
  return `${parsed.pathname.replace(/^\/+/, '/')}${parsed.search}`;
}

function queryToken(url: string | undefined): string | undefined {
  const query = (url ?? '').split('#', 1)[0]?.split('?').slice(1).join('?') ?? '';
  if (query === '') return undefined;
  return new URLSearchParams(query).get(TOKEN_PARAM) ?? undefined;
}

function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header ?? '');
  return match?.[1];
}
