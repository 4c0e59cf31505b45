import path from 'node:path';

export type StaticPathResult = { ok: true; file: string } | { ok: false; status: 400 | 404 };

/**
 * Maps a request target such as "/assets/app.js?v=1" to a file inside rootDir, or refuses it.
 * Refused outright (400): undecodable escapes, NUL, backslashes, colons, encoded separators, and any segment starting
 * with a dot (".", "..", dotfiles), whether written plainly or percent-encoded. The resolved path must then still
 * lie inside rootDir; symlinks are checked separately by the caller against the real path.
 */
export function resolveStaticPath(rootDir: string, requestTarget: string): StaticPathResult {
  const rawPath = requestTarget.split(/[?#]/, 1)[0] ?? '';
  if (!rawPath.startsWith('/')) return { ok: false, status: 400 };
  if (/%(2f|5c|00)/i.test(rawPath)) return { ok: false, status: 400 };

  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { ok: false, status: 400 };
  }
  // A colon would name a drive or an alternate data stream on Windows; no built asset has one.
  if (/[\0\\:]/.test(decoded)) return { ok: false, status: 400 };

  const segments = decoded.split('/').slice(1);
  if (segments.some((segment) => segment.startsWith('.'))) return { ok: false, status: 400 };

  const relative = decoded === '/' ? 'index.html' : segments.join('/');
  if (relative === '' || relative.endsWith('/')) return { ok: false, status: 404 };

  const root = path.resolve(rootDir);
  const file = path.resolve(root, relative);
  if (!isInside(root, file)) return { ok: false, status: 400 };
  return { ok: true, file };
}

export function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative !== '' && relative.split(path.sep)[0] !== '..' && !path.isAbsolute(relative);
}
