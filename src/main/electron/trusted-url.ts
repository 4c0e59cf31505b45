/** The privileged scheme the packaged renderer is served from (see app-protocol.ts). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'debrief';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * "scheme://host[:port]" of a URL. URL.origin cannot be used: WHATWG gives every non-special scheme such as app: the
 * opaque origin "null", which would make all app: URLs look alike.
 */
export function originOf(url: URL): string {
  return `${url.protocol}//${url.host}`;
}

function parse(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/** The origin of the electron-vite dev server, or null unless it is a plain http(s) URL. */
export function devServerOrigin(devServerUrl: string | undefined): string | null {
  const url = devServerUrl ? parse(devServerUrl) : null;
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password) return null;
  return originOf(url);
}

/** True when `value` is an absolute URL on one of `trustedOrigins`, without credentials. */
export function isTrustedUrl(value: string, trustedOrigins: readonly string[]): boolean {
  const url = parse(value);
  if (!url || url.username || url.password) return false;
  return trustedOrigins.includes(originOf(url));
}

/**
 * A navigation or redirect may only stay on the page's own trusted origin. Before the first page has loaded there is
 * no current URL, and then the target only has to be trusted.
 */
export function isAllowedNavigation(targetUrl: string, currentUrl: string, trustedOrigins: readonly string[]): boolean {
  if (!isTrustedUrl(targetUrl, trustedOrigins)) return false;
  if (currentUrl === '') return true;
  return isTrustedUrl(currentUrl, trustedOrigins) && originOf(new URL(targetUrl)) === originOf(new URL(currentUrl));
}

/** Links the user may open in their own browser: https only, never credentials. */
export function isExternalLink(value: string): boolean {
  const url = parse(value);
  return url !== null && url.protocol === 'https:' && !url.username && !url.password;
}
