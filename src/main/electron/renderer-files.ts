import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './trusted-url.ts';

/**
 * Maps an app://debrief/... request to a file inside rendererRoot, or null to refuse it. Refused: other schemes or
 * hosts, credentials, ports, undecodable escapes, encoded separators, NUL, backslashes, colons (Windows drives and
 * alternate data streams), dot segments and dotfiles, and anything that still resolves outside rendererRoot.
 * pathApi is a parameter so the Windows rules can be tested on any platform.
 */
export function rendererFilePath(rendererRoot: string, requestUrl: string, pathApi: path.PlatformPath = path): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username || url.password) return null;
  if (/%(2f|5c|00)/i.test(url.pathname)) return null;

  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (!decoded.startsWith('/') || /[\0\\:]/.test(decoded)) return null;

  const segments = decoded === '/' ? ['index.html'] : decoded.slice(1).split('/');
  if (segments.some((segment) => segment === '' || segment.startsWith('.'))) return null;

  const root = pathApi.resolve(rendererRoot);
  const file = pathApi.resolve(root, ...segments);
  const relative = pathApi.relative(root, file);
  if (relative === '' || relative.startsWith('..') || pathApi.isAbsolute(relative)) return null;
  return file;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** Responses carry nosniff, so an unknown file is served as bytes rather than guessed at. */
export function rendererContentType(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}
