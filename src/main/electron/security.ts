import { shell, type App, type HandlerDetails, type Session, type WebContents, type WebPreferences, type WindowOpenHandlerResponse } from 'electron';
import { isAllowedNavigation, isExternalLink } from './trusted-url.ts';

/** Every window's renderer: no Node, isolated and sandboxed, only the preload's bridge. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    // Chromium's spellchecker downloads dictionaries on Windows and Linux, and the app makes no network calls.
    spellcheck: false,
    safeDialogs: true,
  };
}

/** The one kind of window a page may open (audience-window.ts): a response for it, null for everything else. */
export type AllowedWindow = (details: Pick<HandlerDetails, 'url' | 'frameName'>, opener: WebContents) => WindowOpenHandlerResponse | null;

const denyEveryWindow: AllowedWindow = () => null;

/**
 * Applied to every webContents the app creates, the windows pages open included (Electron emits web-contents-created
 * for those too), so no window can escape it.
 */
export function guardWebContents(contents: WebContents, trustedOrigins: readonly string[], allowedWindow = denyEveryWindow): void {
  const refuseForeign = (event: { url: string; preventDefault(): void }): void => {
    if (!isAllowedNavigation(event.url, contents.getURL(), trustedOrigins)) event.preventDefault();
  };
  contents.on('will-navigate', refuseForeign);
  contents.on('will-redirect', refuseForeign);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler((details) => {
    const allowed = allowedWindow(details, contents);
    if (allowed !== null) return allowed;
    // No other Electron window ever; a web link the user follows opens in their own browser.
    if (isExternalLink(details.url)) void shell.openExternal(details.url);
    return { action: 'deny' };
  });
}

/** The app needs no camera, microphone, notifications, geolocation, devices or anything else a page can ask for. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/** Call before any window exists. */
export function installWebContentsGuards(app: App, trustedOrigins: readonly string[], allowedWindow = denyEveryWindow): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, trustedOrigins, allowedWindow));
}
