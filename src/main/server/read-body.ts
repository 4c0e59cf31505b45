import type { IncomingMessage } from 'node:http';

export type BodyResult = { ok: true; body: Buffer } | { ok: false; status: 413 };

/** Reads a request body, giving up as soon as it passes maxBytes instead of buffering whatever is sent. */
export function readBody(req: IncomingMessage, maxBytes: number): Promise<BodyResult> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) return Promise.resolve({ ok: false, status: 413 });

  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const onData = (chunk: Buffer): void => {
      received += chunk.length;
      if (received > maxBytes) {
        req.off('data', onData);
        req.off('end', onEnd);
        resolve({ ok: false, status: 413 });
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = (): void => resolve({ ok: true, body: Buffer.concat(chunks, received) });
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', reject);
    // A client that hangs up mid-body: settle, so the call is never dispatched with half an input.
    req.on('close', () => {
      if (!req.complete) reject(new Error('request aborted'));
    });
  });
}
