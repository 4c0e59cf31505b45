import { EventEmitter } from 'node:events';
import type { App, HandlerDetails, Session, WebContents, WindowOpenHandlerResponse } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const { openExternal } = vi.hoisted(() => ({ openExternal: vi.fn(() => Promise.resolve()) }));
vi.mock('electron', () => ({ shell: { openExternal } }));

const { denyAllPermissions, guardWebContents, installWebContentsGuards, secureWebPreferences } = await import('../../../src/main/electron/security.ts');

/** Just enough of a WebContents for the security guards: events, the current URL and the window-open handler. */
class FakeWebContents extends EventEmitter {
  url: string;
  openHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | null = null;

  constructor(url: string) {
    super();
    this.url = url;
  }

  getURL(): string {
    return this.url;
  }

  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void {
    this.openHandler = handler;
  }

  asWebContents(): WebContents {
    return this as unknown as WebContents;
  }

  /** Emits a cancellable navigation-style event and reports whether a listener cancelled it. */
  attempt(eventName: 'will-navigate' | 'will-redirect' | 'will-attach-webview', url: string): boolean {
    let prevented = false;
    this.emit(eventName, { url, preventDefault: () => (prevented = true) }, {});
    return prevented;
  }

  open(url: string, frameName = ''): WindowOpenHandlerResponse {
    if (this.openHandler === null) throw new Error('no window-open handler was set');
    return this.openHandler({ url, frameName, features: '', disposition: 'new-window', referrer: { url: '', policy: 'default' } } as HandlerDetails);
  }
}

const APP = 'app://debrief/index.html';
const DEV = 'http://localhost:5173/';
const TRUSTED = ['app://debrief', 'http://localhost:5173'];

beforeEach(() => openExternal.mockClear());

describe('secureWebPreferences', () => {
  it('isolates, sandboxes and strips Node from the renderer, with only our preload', () => {
    expect(secureWebPreferences('/app/out/preload/index.cjs')).toMatchObject({
      preload: '/app/out/preload/index.cjs',
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
    });
  });

  it('sets nothing that loosens security', () => {
    const preferences = secureWebPreferences('/p.cjs');
    expect(preferences).not.toHaveProperty('enableBlinkFeatures');
    expect(preferences).not.toHaveProperty('additionalArguments');
    expect(preferences).not.toHaveProperty('partition');
  });
});

describe('guardWebContents', () => {
  function guarded(url: string): FakeWebContents {
    const contents = new FakeWebContents(url);
    guardWebContents(contents.asWebContents(), TRUSTED);
    return contents;
  }

  it.each(['will-navigate', 'will-redirect'] as const)('%s: prevents leaving for a foreign URL', (eventName) => {
    const contents = guarded(APP);
    expect(contents.attempt(eventName, 'https://example.com/')).toBe(true);
    expect(contents.attempt(eventName, 'file:///etc/passwd')).toBe(true);
    expect(contents.attempt(eventName, 'app://evil/index.html')).toBe(true);
  });

  it.each(['will-navigate', 'will-redirect'] as const)('%s: allows staying on the same trusted origin', (eventName) => {
    expect(guarded(APP).attempt(eventName, 'app://debrief/index.html?view=audience')).toBe(false);
    expect(guarded(DEV).attempt(eventName, 'http://localhost:5173/?view=notes')).toBe(false);
  });

  it('prevents moving from the packaged origin to the dev server and back', () => {
    expect(guarded(APP).attempt('will-navigate', DEV)).toBe(true);
    expect(guarded(DEV).attempt('will-navigate', APP)).toBe(true);
  });

  it('never opens external links from navigation', () => {
    guarded(APP).attempt('will-navigate', 'https://example.com/');
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('refuses every <webview>', () => {
    expect(guarded(APP).attempt('will-attach-webview', 'app://debrief/index.html')).toBe(true);
  });

  it('denies window.open for every URL, the app itself included', () => {
    const contents = guarded(APP);
    for (const url of [APP, DEV, 'https://example.com/', 'file:///etc/passwd', 'javascript:alert(1)', 'about:blank']) {
      expect(contents.open(url)).toEqual({ action: 'deny' });
    }
  });

  it('hands https links to the system browser and nothing else', () => {
    const contents = guarded(APP);
    contents.open('https://example.com/runbook');
    contents.open('http://example.com/');
    contents.open('file:///etc/passwd');
    contents.open(APP);
    expect(openExternal).toHaveBeenCalledTimes(1);
    expect(openExternal).toHaveBeenCalledWith('https://example.com/runbook');
  });
});

describe('guardWebContents with an allowed window', () => {
  const AUDIENCE = 'app://debrief/index.html#/meetings/0f8fad5b-d9cb-469f-a165-70867728950e/audience';
  const allow: WindowOpenHandlerResponse = { action: 'allow', overrideBrowserWindowOptions: { backgroundColor: '#000' } };

  function guardedWith(decide: (url: string) => WindowOpenHandlerResponse | null) {
    const contents = new FakeWebContents(APP);
    const allowedWindow = vi.fn((details: { url: string; frameName: string }, _opener: WebContents) => decide(details.url));
    guardWebContents(contents.asWebContents(), TRUSTED, allowedWindow);
    return { contents, allowedWindow };
  }

  it("answers with the allowed window's response and asks it with the details and the opener", () => {
    const { contents, allowedWindow } = guardedWith((url) => (url === AUDIENCE ? allow : null));
    expect(contents.open(AUDIENCE, 'debrief-audience')).toBe(allow);
    expect(allowedWindow).toHaveBeenCalledWith(expect.objectContaining({ url: AUDIENCE, frameName: 'debrief-audience' }), contents);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('denies everything it has no opinion on, and still sends https links to the system browser', () => {
    const { contents } = guardedWith((url) => (url === AUDIENCE ? allow : null));
    for (const url of [APP, 'javascript:alert(1)', 'about:blank', 'file:///etc/passwd']) expect(contents.open(url)).toEqual({ action: 'deny' });
    expect(contents.open('https://example.com/runbook')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://example.com/runbook');
  });
});

describe('installWebContentsGuards', () => {
  it('gives every webContents, a window a page opened included, the same allowed window', () => {
    const app = new EventEmitter();
    const allowed: WindowOpenHandlerResponse = { action: 'allow' };
    installWebContentsGuards(app as unknown as App, TRUSTED, () => allowed);
    const opened = new FakeWebContents('');
    app.emit('web-contents-created', {}, opened);
    expect(opened.open(APP)).toBe(allowed);
    expect(opened.attempt('will-navigate', 'https://example.com/')).toBe(true);
  });

  it('guards every webContents the app creates', () => {
    const app = new EventEmitter();
    installWebContentsGuards(app as unknown as App, TRUSTED);
    const contents = new FakeWebContents(APP);
    app.emit('web-contents-created', {}, contents);
    expect(contents.attempt('will-navigate', 'https://example.com/')).toBe(true);
    expect(contents.open('https://example.com/')).toEqual({ action: 'deny' });
    expect(contents.attempt('will-attach-webview', APP)).toBe(true);
  });
});

describe('denyAllPermissions', () => {
  function installedOn(): {
    request: (contents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void;
    check: (...args: unknown[]) => boolean;
    device: (...args: unknown[]) => boolean;
  } {
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
    };
    denyAllPermissions(session as unknown as Session);
    return {
      request: session.setPermissionRequestHandler.mock.calls[0]?.[0],
      check: session.setPermissionCheckHandler.mock.calls[0]?.[0],
      device: session.setDevicePermissionHandler.mock.calls[0]?.[0],
    };
  }

  it.each(['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal', 'fullscreen', 'unknown'])(
    'refuses a %s request, even from the app origin',
    (permission) => {
      const { request } = installedOn();
      const callback = vi.fn();
      request({ getURL: () => APP }, permission, callback, { requestingUrl: APP });
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    },
  );

  it('answers every permission check and device check with no', () => {
    const { check, device } = installedOn();
    expect(check(null, 'media', 'app://debrief', {})).toBe(false);
    expect(check(null, 'clipboard-sanitized-write', 'app://debrief', {})).toBe(false);
    expect(device({ deviceType: 'usb', origin: 'app://debrief' })).toBe(false);
  });
});
