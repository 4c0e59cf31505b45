import { readFile } from 'node:fs/promises';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp.ts';
import { contentTypeFor } from '../static/content-types.ts';
import { rendererFilePath } from './renderer-files.ts';

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
};

function refusal(status: 404 | 405 | 500): Response {
  return new Response(null, { status, headers: SECURITY_HEADERS });
}

function isMissingFile(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR';
}

/**
 * Answers one app://debrief request from the built renderer folder (inside app.asar when packaged; Electron's fs
 * reads from it). Every answer, refusals included, carries the Content-Security-Policy.
 */
export async function rendererResponse(request: Request, rendererRoot: string): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405);
  const file = rendererFilePath(rendererRoot, request.url);
  if (file === null) return refusal(404);

  let body: Buffer<ArrayBuffer>;
  try {
    body = await readFile(file);
  } catch (error) {
    if (isMissingFile(error)) return refusal(404);
    console.error(`Could not read ${file}:`, error);
    return refusal(500);
  }
  const headers = { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(file) };
  return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers });
}
