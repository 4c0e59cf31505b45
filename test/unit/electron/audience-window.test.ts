import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import type { BrowserWindowConstructorOptions, WebContents, WindowOpenHandlerResponse } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DisplayArea } from '../../../src/main/electron/audience-placement.ts';
import { useTempDir } from '../../harness/index.ts';

vi.mock('electron', () => ({ shell: { openExternal: vi.fn() }, BrowserWindow: class {} }));

const { createAudienceWindows, AUDIENCE_WINDOW_NAME } = await import('../../../src/main/electron/audience-window.ts');
const { secureWebPreferences } = await import('../../../src/main/electron/security.ts');

const TRUSTED = ['app://debrief', 'http://localhost:5173'];
const APP = 'app://debrief/index.html';
const ID = '0f8fad5b-d9cb-469f-a165-70867728950e';
const OTHER = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';
const audienceUrl = (id: string): string => `${APP}#/meetings/${id}/audience`;

const LAPTOP: DisplayArea = { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 }, workArea: { x: 0, y: 0, width: 1440, height: 900 } };
const PROJECTOR: DisplayArea = {
  id: 2,
  bounds: { x: 1440, y: 0, width: 1920, height: 1080 },
  workArea: { x: 1440, y: 0, width: 1920, height: 1080 },
};

class FakeWindow extends EventEmitter {
  destroyed = false;
  url: string;
  bounds: { x: number; y: number; width: number; height: number };
  webContents = { getURL: () => this.url };
  removeMenu = vi.fn();
  setFullScreen = vi.fn();
  show = vi.fn();
  focus = vi.fn();
  restore = vi.fn();
  isMinimized = (): boolean => false;
  isDestroyed = (): boolean => this.destroyed;
  getNormalBounds = (): FakeWindow['bounds'] => this.bounds;
  destroy = vi.fn(() => {
    this.destroyed = true;
  });
  loadURL = vi.fn(async (url: string) => {
    this.url = url;
  });
  constructor(url: string, options: BrowserWindowConstructorOptions | undefined) {
    super();
    this.url = url;
    this.bounds = { x: options?.x ?? 0, y: options?.y ?? 0, width: options?.width ?? 0, height: options?.height ?? 0 };
  }
  close(): void {
    this.emit('close');
    this.destroyed = true;
    this.emit('closed');
  }
}

class FakeOpener extends EventEmitter {
  url: string;
  constructor(url: string) {
    super();
    this.url = url;
  }
  getURL(): string {
    return this.url;
  }
  asWebContents(): WebContents {
    return this as unknown as WebContents;
  }
  /** What Electron does after the handler said allow: builds the window from the override and reports it. */
  create(url: string, response: WindowOpenHandlerResponse | null): FakeWindow {
    const window = new FakeWindow(url, response?.overrideBrowserWindowOptions);
    this.emit('did-create-window', window, { url, frameName: AUDIENCE_WINDOW_NAME, options: response?.overrideBrowserWindowOptions });
    return window;
  }
}

const temp = useTempDir('debrief-audience-', 'file');
let displays: DisplayArea[] = [LAPTOP];
let boundsFile = '';
let fileCounter = 0;

beforeEach(() => {
  vi.useFakeTimers();
  displays = [LAPTOP];
  fileCounter += 1;
  boundsFile = temp.file(`audience-${fileCounter}.json`);
});
afterEach(() => vi.useRealTimers());

function setup() {
  const decide = createAudienceWindows({
    preloadPath: '/app/out/preload/index.cjs',
    trustedOrigins: TRUSTED,
    boundsFile: () => boundsFile,
    screen: () => ({ getAllDisplays: () => displays, getPrimaryDisplay: () => ({ id: 1 }) }),
  });
  const opener = new FakeOpener(`${APP}#/meetings/${ID}`);
  const open = (url: string, frameName = AUDIENCE_WINDOW_NAME) => decide({ url, frameName }, opener.asWebContents());
  return { opener, open };
}

describe('the audience window', () => {
  it('allows the audience URL with the secure webPreferences, a dark background and the default size', () => {
    const { open } = setup();
    const response = open(audienceUrl(ID));
    expect(response?.action).toBe('allow');
    const options = response?.overrideBrowserWindowOptions;
    expect(options?.webPreferences).toEqual(secureWebPreferences('/app/out/preload/index.cjs'));
    expect(options).toMatchObject({ backgroundColor: '#0b0d12', autoHideMenuBar: true, x: 80, y: 90, width: 1280, height: 720 });
    expect(response?.outlivesOpener).toBeUndefined();
  });

  it('has no opinion on anything else, so the guard denies it', () => {
    const { open } = setup();
    expect(open(`${APP}#/meetings/${ID}`)).toBeNull();
    expect(open('https://example.com/')).toBeNull();
    expect(open(audienceUrl(ID), '')).toBeNull();
    expect(open(audienceUrl(ID), '_blank')).toBeNull();
  });

  it('one display: a normal window without a menu bar', () => {
    const { opener, open } = setup();
    const window = opener.create(audienceUrl(ID), open(audienceUrl(ID)));
    expect(window.removeMenu).toHaveBeenCalledOnce();
    expect(window.setFullScreen).not.toHaveBeenCalled();
  });

  it('a second display: placed on it, then made fullscreen there', () => {
    displays = [LAPTOP, PROJECTOR];
    const { opener, open } = setup();
    const response = open(audienceUrl(ID));
    expect(response?.overrideBrowserWindowOptions).toMatchObject({ x: 1760, y: 180, width: 1280, height: 720 });
    const window = opener.create(audienceUrl(ID), response);
    expect(window.setFullScreen).toHaveBeenCalledExactlyOnceWith(true);
    expect(window.removeMenu).toHaveBeenCalledOnce();
  });

  it('a second request focuses the open window and shows the requested meeting there, without opening another', () => {
    const { opener, open } = setup();
    const window = opener.create(audienceUrl(ID), open(audienceUrl(ID)));
    expect(open(audienceUrl(ID))).toEqual({ action: 'deny' });
    expect(window.focus).toHaveBeenCalledOnce();
    expect(window.loadURL).not.toHaveBeenCalled();

    expect(open(audienceUrl(OTHER))).toEqual({ action: 'deny' });
    expect(window.loadURL).toHaveBeenCalledExactlyOnceWith(audienceUrl(OTHER));
    expect(window.focus).toHaveBeenCalledTimes(2);
  });

  it('once the window is closed, the next request opens a new one', () => {
    const { opener, open } = setup();
    opener.create(audienceUrl(ID), open(audienceUrl(ID))).close();
    expect(open(audienceUrl(ID))?.action).toBe('allow');
  });

  it('a window created by a request that raced the first is closed, and the first one kept', () => {
    const { opener, open } = setup();
    const first = open(audienceUrl(ID));
    const second = open(audienceUrl(ID));
    const kept = opener.create(audienceUrl(ID), first);
    const extra = opener.create(audienceUrl(ID), second);
    expect(extra.destroy).toHaveBeenCalledOnce();
    expect(kept.destroyed).toBe(false);
    expect(kept.focus).toHaveBeenCalledOnce();
    expect(opener.listenerCount('did-create-window')).toBe(1);
  });

  it('remembers the last bounds after moves and resizes, once they settle, and at once on close', () => {
    const { opener, open } = setup();
    const window = opener.create(audienceUrl(ID), open(audienceUrl(ID)));
    window.bounds = { x: 10, y: 20, width: 900, height: 600 };
    window.emit('move');
    window.bounds = { x: 30, y: 40, width: 1000, height: 700 };
    window.emit('resize');
    expect(fs.existsSync(boundsFile)).toBe(false);
    vi.advanceTimersByTime(500);
    expect(JSON.parse(fs.readFileSync(boundsFile, 'utf8'))).toEqual({ x: 30, y: 40, width: 1000, height: 700 });

    window.bounds = { x: 50, y: 60, width: 1100, height: 700 };
    window.close();
    expect(JSON.parse(fs.readFileSync(boundsFile, 'utf8'))).toEqual({ x: 50, y: 60, width: 1100, height: 700 });
  });

  it('reopens at the remembered bounds while they are still on a display', () => {
    const { opener, open } = setup();
    const window = opener.create(audienceUrl(ID), open(audienceUrl(ID)));
    window.bounds = { x: 100, y: 50, width: 1000, height: 700 };
    window.close();
    expect(open(audienceUrl(ID))?.overrideBrowserWindowOptions).toMatchObject({ x: 100, y: 50, width: 1000, height: 700 });
  });

  it('ignores a garbage bounds file', () => {
    fs.writeFileSync(boundsFile, 'not json at all');
    const { open } = setup();
    expect(open(audienceUrl(ID))?.overrideBrowserWindowOptions).toMatchObject({ x: 80, y: 90, width: 1280, height: 720 });
  });
});
