import path from 'node:path';

export type StaticPathResult = { ok: true; file: string } | { ok: false; status: 400 | 404 };

/**
 * Maps a request target such as "/assets/app.js?v=1" to a file inside rootDir, or refuses it.
 * Refused outright (400): undecodable escapes, NUL, backslashes, colons, encoded separators, and any segment starting
 * with a dot (".", "..", dotfiles), whether written plainly or percent-encoded. The resolved path must then still
 * lie inside rootDir; symlinks are checked separately by the caller against the real path.
 */
export function resolveStaticPath(rootDir: string, requestTarget: string, pathApi: path.PlatformPath = path): StaticPathResult {
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
  // An empty segment ("a//b") names nothing we built; only a trailing slash (a folder) is a plain 404.
  if (segments.slice(0, -1).some((segment) => segment === '')) return { ok: false, status: 400 };

  const relative = decoded === '/' ? 'index.html' : segments.join('/');
  if (relative === '' || relative.endsWith('/')) return { ok: false, status: 404 };

  const root = pathApi.resolve(rootDir);
  const file = pathApi.resolve(root, ...relative.split('/'));
  if (!isInside(root, file, pathApi)) return { ok: false, status: 400 };
  return { ok: true, file };
}

/** pathApi is a parameter so the Windows rules can be tested on any platform. */
export function isInside(root: string, candidate: string, pathApi: path.PlatformPath = path): boolean {
  const relative = pathApi.relative(root, candidate);
  return relative !== '' && relative.split(pathApi.sep)[0] !== '..' && !pathApi.isAbsolute(relative);
}
