import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CallResponse } from '../../shared/api/wire.ts';
import { MAX_MESSAGE_BYTES } from '../../shared/api/wire.ts';
import { runInTurn } from './call-scheduler.ts';
import { statusForError } from './error-status.ts';
import { readBody } from './read-body.ts';
import { sendJson, sendText } from './responses.ts';

/**
 * POST /api/call/<method> with a JSON body: the same dispatch as the WebSocket, for scripts. `call` runs in the
 * caller's turn (see call-scheduler.ts) and answers undefined when the caller is gone meanwhile (a note-taker
 * removed): then `refuse` answers, and nothing ran. Requiring application/json also means a browser on another site
 * cannot send it without a CORS preflight, which this server never approves.
 */
export async function handleApiCall(
  req: IncomingMessage,
  res: ServerResponse,
  call: (input: unknown) => CallResponse | undefined,
  refuse: () => void,
  maxBytes = MAX_MESSAGE_BYTES,
): Promise<void> {
  const input = await readCallInput(req, res, maxBytes);
  if (!input.ok) return;
  const response = await runInTurn(req.socket.remoteAddress, () => call(input.value));
  if (!response) return refuse();
  sendJson(res, response.ok ? 200 : statusForError(response.error.code), response);
}

/** Reads a POSTed JSON input, or answers the request itself (405, 415, 413, 400) and says so. */
export async function readCallInput(
  req: IncomingMessage,
  res: ServerResponse,
  maxBytes = MAX_MESSAGE_BYTES,
): Promise<{ ok: true; value: unknown } | { ok: false }> {
  if (req.method !== 'POST') {
    sendText(res, 405, 'Method Not Allowed', { Allow: 'POST' });
    return { ok: false };
  }
  if (!isJsonContentType(req.headers['content-type'])) {
    sendText(res, 415, 'Unsupported Media Type: send Content-Type: application/json');
    return { ok: false };
  }
  const body = await readBody(req, maxBytes);
  if (!body.ok) {
    res.setHeader('Connection', 'close');
    sendText(res, 413, `Payload Too Large: at most ${maxBytes} bytes`);
    return { ok: false };
  }
  const input = parseJsonBody(body.body);
  if (!input.ok) {
    sendJson(res, 400, input.response);
    return { ok: false };
  }
  return input;
}

export function isJsonContentType(header: string | undefined): boolean {
  const mediaType = header?.split(';', 1)[0]?.trim().toLowerCase();
  return mediaType === 'application/json';
}

type ParsedBody = { ok: true; value: unknown } | { ok: false; response: CallResponse };

/** An empty body means "no input", for methods such as meetings.list that take none. */
function parseJsonBody(body: Buffer): ParsedBody {
  const text = body.toString('utf8');
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, response: { ok: false, error: { code: 'invalid_input', field: 'body', message: 'body: must be JSON' } } };
  }
}
