import { accessCookie, newAccessToken, presentedAccess, withoutToken } from './access-token.ts';
import { FACILITATOR } from '../api/caller.ts';
import type { Door } from './door.ts';
import { allowedHostHeaders } from './host-origin.ts';
import { AUTH_CHALLENGE, refuseWithoutToken } from './unauthorized.ts';

export interface TokenDoor extends Door {
  token: string;
}

/** The facilitator's door on loopback: whoever presents this launch's token is the facilitator; no one else gets in. */
export function createTokenDoor(boundHost: string): TokenDoor {
  const token = newAccessToken();
  // The cookie's name carries the port, known once the server listens.
  let port = 0;
  return {
    token,
    listening(listening) {
      port = listening;
      return allowedHostHeaders(boundHost, port);
    },
    callerOf: (req) => (presentedAccess(req, token, port).granted ? FACILITATOR : undefined),
    answer(req, res, pathname, caller) {
      if (!caller) {
        refuseWithoutToken(req, res, pathname);
        return true;
      }
      const isPage = !pathname.startsWith('/api/') && (req.method === 'GET' || req.method === 'HEAD');
      const access = presentedAccess(req, token, port);
      if (!isPage || !access.queryPresent) return false;
      // The browser keeps the address's #fragment across a redirect without one, so #/meetings/<id> survives.
      if (access.byQuery) res.setHeader('Set-Cookie', accessCookie(port, token));
      res.writeHead(302, { Location: withoutToken(req.url), 'Cache-Control': 'no-store', 'Content-Length': 0 });
      res.end();
      return true;
    },
    refuse: refuseWithoutToken,
    challenge: AUTH_CHALLENGE,
  };
}
