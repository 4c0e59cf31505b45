import path from 'node:path';
import { resolveStaticPath } from '../static/static-path.ts';
import { APP_HOST, APP_SCHEME } from './trusted-url.ts';

/**
 * Maps an app://debrief/... request to a file inside rendererRoot, or null to refuse it: other schemes, hosts or
 * credentials here, and everything resolveStaticPath refuses (the same rules as browser mode's HTTP server).
 */
export function rendererFilePath(rendererRoot: string, requestUrl: string, pathApi: path.PlatformPath = path): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username || url.password) return null;
  const resolved = resolveStaticPath(rendererRoot, url.pathname, pathApi);
  return resolved.ok ? resolved.file : null;
}
