import http from 'node:http';
import { formatHostName } from '../../src/main/server/host-origin.ts';
import type { CallResponse } from '../../src/shared/api/wire.ts';

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface RawRequest {
  /** The server's address; 127.0.0.1 unless given. */
  address?: string;
  port: number;
  /** Sent exactly as written: fetch() would normalise "/../x" away before it left the client. */
  path: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** The loopback server's access token, sent as Authorization: Bearer. */
  token?: string;
  /** A local source address to send from: all of 127/8 is loopback on Linux, so 127.0.0.2 is another client. */
  from?: string;
}

/** A server to call: a bare port (the join server, or a request meant to lack the token), or a port and its token. */
export type CallTarget = number | { port: number; token: string };

/** Host defaults to <address>:<port>; pass headers.host to send another one. */
export function rawRequest(request: RawRequest): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: request.address ?? '127.0.0.1',
        localAddress: request.from,
        port: request.port,
        path: request.path,
        method: request.method ?? 'GET',
        headers: {
          host: `${formatHostName(request.address ?? '127.0.0.1')}:${request.port}`,
          ...(request.token === undefined ? {} : { authorization: `Bearer ${request.token}` }),
          ...request.headers,
        },
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    // A handshake that should have been refused but was not: report it rather than hang.
    req.on('upgrade', (res, socket) => {
      socket.destroy();
      resolve({ status: res.statusCode ?? 101, headers: res.headers, body: '' });
    });
    req.on('error', reject);
    req.end(request.body);
  });
}

export function postCall(target: CallTarget, method: string, input: unknown, headers: Record<string, string> = {}): Promise<RawResponse> {
  return rawRequest({
    ...(typeof target === 'number' ? { port: target } : target),
    path: `/api/call/${method}`,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: input === undefined ? '' : JSON.stringify(input),
  });
}

/** POST /api/call/<method> as a script does, and its result; throws with the service's words unless it succeeded. */
export async function callApi<T>(target: CallTarget, method: string, input: unknown): Promise<T> {
  const response = await postCall(target, method, input);
  const body = JSON.parse(response.body) as CallResponse;
  if (!body.ok) throw new Error(`${method}: ${body.error.message}`);
  return body.result as T;
}
