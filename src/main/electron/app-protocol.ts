import { protocol } from 'electron';
import { rendererResponse } from './renderer-response.ts';
import { APP_SCHEME } from './trusted-url.ts';

/**
 * Must run before the app's ready event. standard: relative URLs, a real origin for CSP 'self' and web storage;
 * secure: treated like https (secure context). No bypassCSP, no CORS, no service workers.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    // stream: media elements (the end-of-section chime) can only play from a custom scheme that allows streaming.
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true, stream: true } },
  ]);
}

/** After ready: serve app://debrief/* from the built renderer folder. */
export function serveRendererFiles(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, (request) => rendererResponse(request, rendererRoot));
}
