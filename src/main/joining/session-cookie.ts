import { SESSION_COOKIE } from '../../shared/joining/joining.ts';
import { clearedStrictCookie, readCookie, strictCookie } from '../server/cookies.ts';

export function sessionCookie(token: string): string {
  return strictCookie(SESSION_COOKIE, token);
}

export function clearedSessionCookie(): string {
  return clearedStrictCookie(SESSION_COOKIE);
}

export function sessionTokenFrom(cookieHeader: string | undefined): string | undefined {
  return readCookie(cookieHeader, SESSION_COOKIE);
}
