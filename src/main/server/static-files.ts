import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { contentTypeFor } from '../static/content-types.ts';
import { sendText } from './responses.ts';
import { isInside, resolveStaticPath } from '../static/static-path.ts';

/** Serves the built renderer. realRoot must already be a real path (symlinks resolved). */
export async function serveStaticFile(req: IncomingMessage, res: ServerResponse, realRoot: string): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendText(res, 405, 'Method Not Allowed', { Allow: 'GET, HEAD' });
    return;
  }
  const resolved = resolveStaticPath(realRoot, req.url ?? '');
  if (!resolved.ok) {
    sendText(res, resolved.status, resolved.status === 404 ? 'Not Found' : 'Bad Request');
    return;
  }
  const file = await realFileInside(realRoot, resolved.file);
  if (file === undefined) {
    sendText(res, 404, 'Not Found');
    return;
  }
  const info = await stat(file);
  res.writeHead(200, {
    'Content-Type': contentTypeFor(file),
    'Content-Length': info.size,
    // index.html names the current hashed bundles, so a stale copy would load yesterday's app.
    'Cache-Control': path.basename(file) === 'index.html' ? 'no-store' : 'no-cache',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  await pipeline(createReadStream(file), res);
}

/** A symlink inside the build folder must not lead outside it. */
async function realFileInside(realRoot: string, file: string): Promise<string | undefined> {
  try {
    const real = await realpath(file);
    if (!isInside(realRoot, real)) return undefined;
    return (await stat(real)).isFile() ? real : undefined;
  } catch {
    return undefined;
  }
}
