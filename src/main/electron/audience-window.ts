import type { BrowserWindow, BrowserWindowConstructorOptions, HandlerDetails, WebContents, WindowOpenHandlerResponse } from 'electron';
import { audiencePlacement, type AudiencePlacement, type DisplayArea } from './audience-placement.ts';
import { audienceMeetingId } from './audience-url.ts';
import { createBoundsWriter, readBoundsFile, type BoundsWriter } from './bounds-file.ts';
import { focusWindow } from './main-window.ts';
import { secureWebPreferences } from './security.ts';

/** The part of Electron's screen module the placement reads; usable only after the app is ready. */
export interface ScreenLayout {
  getAllDisplays(): DisplayArea[];
  getPrimaryDisplay(): { id: number };
}

export interface AudienceWindowOptions {
  preloadPath: string;
  trustedOrigins: readonly string[];
  /** The JSON file that remembers the window's last bounds. */
  boundsFile: () => string;
  screen: () => ScreenLayout;
}

/** The window name the renderer opens the audience screen under (src/renderer/app/audience-window.ts). */
export const AUDIENCE_WINDOW_NAME = 'debrief-audience';

/** Decides a window.open request: a response for the audience screen, null for anything else (which stays denied). */
export type WindowOpenDecider = (details: Pick<HandlerDetails, 'url' | 'frameName'>, opener: WebContents) => WindowOpenHandlerResponse | null;

// A projector shows any white flash before the page paints; the page sets its own theme once loaded.
const AUDIENCE_BACKGROUND = '#0b0d12';
const DEFAULT_SIZE = { width: 1280, height: 720 };

export function audienceWindowOptions(preloadPath: string, placement: AudiencePlacement): BrowserWindowConstructorOptions {
  return {
    title: 'Debrief audience screen',
    ...(placement.bounds ?? DEFAULT_SIZE),
    minWidth: 640,
    minHeight: 360,
    backgroundColor: AUDIENCE_BACKGROUND,
    autoHideMenuBar: true,
    fullscreenable: true,
    webPreferences: secureWebPreferences(preloadPath),
  };
}

/**
 * The one audience window: opened by the page with window.open('#/meetings/<id>/audience', 'debrief-audience').
 * A second request while it is open focuses it (and shows the requested meeting) instead of opening another.
 */
export function createAudienceWindows(options: AudienceWindowOptions): WindowOpenDecider {
  let current: BrowserWindow | null = null;
  let placement: AudiencePlacement = { bounds: null, fullscreen: false };
  let writer: BoundsWriter | null = null;
  const watchedOpeners = new WeakSet<WebContents>();
  const boundsWriter = (): BoundsWriter => (writer ??= createBoundsWriter(options.boundsFile()));
  const isOpen = (window: BrowserWindow | null): window is BrowserWindow => window !== null && !window.isDestroyed();

  function adopt(window: BrowserWindow): void {
    if (isOpen(current) && current !== window) {
      // Two requests raced past the check before the first window existed: keep the first one.
      window.destroy();
      focusWindow(current);
      return;
    }
    current = window;
    window.removeMenu();
    // Fullscreen only once the window is on the projector: fullscreen follows the display the window is on.
    if (placement.fullscreen) window.setFullScreen(true);
    const remember = (): void => {
      if (!window.isDestroyed()) boundsWriter().schedule(window.getNormalBounds());
    };
    window.on('move', remember);
    window.on('resize', remember);
    window.on('close', () => {
      remember();
      boundsWriter().flush();
    });
    window.on('closed', () => {
      if (current === window) current = null;
    });
  }

  return (details, opener) => {
    if (details.frameName !== AUDIENCE_WINDOW_NAME) return null;
    if (audienceMeetingId(details.url, opener.getURL(), options.trustedOrigins) === null) return null;
    if (isOpen(current)) {
      const window = current;
      if (window.webContents.getURL() !== details.url) {
        window.loadURL(details.url).catch((error: unknown) => console.error(`Could not load ${details.url}:`, error));
      }
      focusWindow(window);
      return { action: 'deny' };
    }
    const screen = options.screen();
    placement = audiencePlacement(screen.getAllDisplays(), screen.getPrimaryDisplay().id, readBoundsFile(options.boundsFile()));
    if (!watchedOpeners.has(opener)) {
      watchedOpeners.add(opener);
      opener.on('did-create-window', adopt);
    }
    return { action: 'allow', overrideBrowserWindowOptions: audienceWindowOptions(options.preloadPath, placement) };
  };
}
