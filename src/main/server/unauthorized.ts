import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CallResponse } from '../../shared/api/wire.ts';
import { TOKEN_PARAM } from './access-token.ts';
import { sendJson, sendText } from './responses.ts';

/** RFC 9110 asks a 401 to say how to authenticate. */
export const AUTH_CHALLENGE: Readonly<Record<string, string>> = { 'WWW-Authenticate': 'Bearer realm="Debrief"' };

const OPEN_PRINTED_URL = `open the address that npm run serve printed (it ends in ?${TOKEN_PARAM}=…); the token changes each time it starts`;

const UNAUTHORIZED_CALL: CallResponse = {
  ok: false,
  error: {
    code: 'invalid_input',
    field: TOKEN_PARAM,
    message: `${TOKEN_PARAM}: missing or wrong; ${OPEN_PRINTED_URL}, or send the token as ?${TOKEN_PARAM}= or Authorization: Bearer`,
  },
};

/** No script and no style, so the CSP has nothing to block; the browser's own colours follow the system theme. */
const UNAUTHORIZED_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>Debrief: open the address printed by npm run serve</title>
</head>
<body>
<h1>Open the address printed by <code>npm run serve</code></h1>
<p>This Debrief server lets in only the browser that opened its address with the access token, so other people using
this computer cannot read or change your reviews.</p>
<p>In the terminal where <code>npm run serve</code> runs, open the address on the line
<samp>Debrief is running at http://…/?${TOKEN_PARAM}=…</samp>. The token changes each time the server starts, so an
address from an earlier start no longer works.</p>
</body>
</html>
`;

/** 401 for a request without this launch's token: a page a person can act on, or an answer a script can branch on. */
export function refuseWithoutToken(req: IncomingMessage, res: ServerResponse, pathname: string): void {
  for (const [name, value] of Object.entries(AUTH_CHALLENGE)) res.setHeader(name, value);
  if (pathname.startsWith('/api/')) {
    sendJson(res, 401, UNAUTHORIZED_CALL);
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendText(res, 401, `Unauthorized: ${OPEN_PRINTED_URL}`);
    return;
  }
  const body = Buffer.from(UNAUTHORIZED_PAGE, 'utf8');
  res.writeHead(401, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': body.length, 'Cache-Control': 'no-store' });
  res.end(req.method === 'HEAD' ? undefined : body);
}
