import { BrowserWindow } from 'electron';
import { secureWebPreferences } from './security.ts';

export function createMainWindow(options: { preloadPath: string; entryUrl: string }): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Debrief',
    width: 1280,
    height: 800,
    minWidth: 720,
    minHeight: 480,
    // Shown once painted, so the meeting-room screen never flashes an empty white window.
    show: false,
    webPreferences: secureWebPreferences(options.preloadPath),
  });
  window.once('ready-to-show', () => window.show());
  window.loadURL(options.entryUrl).catch((error: unknown) => console.error(`Could not load ${options.entryUrl}:`, error));
  return window;
}

/** What a second launch does instead of opening another copy: bring the running window forward. */
export function focusWindow(window: BrowserWindow | null): void {
  if (window === null || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
