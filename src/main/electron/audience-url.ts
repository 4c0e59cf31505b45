import { isTrustedUrl } from './trusted-url.ts';

/** The renderer's audience route (src/renderer/routing/routes.ts), for a meeting id as the service makes them. */
const AUDIENCE_HASH = /^#\/meetings\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/audience(\?theme=(light|dark))?$/i;

function parse(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/**
 * The meeting whose audience screen `targetUrl` shows, when the opener may open it as a window: the opener's own
 * document (same trusted origin, path and query) with only the hash replaced by the audience route, written in the
 * canonical form a browser resolves `window.open('#/meetings/<id>/audience')` to. Anything else is null.
 */
export function audienceMeetingId(targetUrl: string, openerUrl: string, trustedOrigins: readonly string[]): string | null {
  if (!isTrustedUrl(targetUrl, trustedOrigins) || !isTrustedUrl(openerUrl, trustedOrigins)) return null;
  const target = parse(targetUrl);
  const opener = parse(openerUrl);
  if (target === null || opener === null || target.href !== targetUrl) return null;
  const match = AUDIENCE_HASH.exec(target.hash);
  if (match?.[1] === undefined) return null;
  const withoutHash = (url: URL): string => url.href.split('#', 1)[0] ?? '';
  return withoutHash(target) === withoutHash(opener) ? match[1].toLowerCase() : null;
}
