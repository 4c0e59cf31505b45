import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL, IPC_SAVE_FILE_CHANNEL } from '../../../src/shared/api/bridge.ts';
import type { CallResponse } from '../../../src/shared/api/wire.ts';
import { useTempDir } from '../../harness/index.ts';

// The whole main entry against a fake Electron and a real database: what runs before ready, what after, and how.

interface Options {
  lock: boolean;
  isPackaged: boolean;
  userData: string;
}

type Handler = (event: unknown, request: unknown) => CallResponse;

type FakeElectron = Awaited<ReturnType<typeof makeFakeElectron>>;

async function makeFakeElectron(options: Options) {
  const { EventEmitter } = await import('node:events');
  let becomeReady = (): void => undefined;
  const ready = new Promise<void>((resolve) => (becomeReady = resolve));
  const windows: FakeWindow[] = [];

  let focused: FakeWindow | null = null;

  class FakeWebContents extends EventEmitter {
    openHandler: ((details: { url: string; frameName: string }) => unknown) | null = null;
    send = vi.fn();
    private readonly window: FakeWindow;
    constructor(window: FakeWindow) {
      super();
      this.window = window;
    }
    isDestroyed = (): boolean => this.window.destroyed;
    getURL = (): string => this.window.url;
    setWindowOpenHandler(handler: FakeWebContents['openHandler']): void {
      this.openHandler = handler;
    }
  }

  class FakeWindow extends EventEmitter {
    options: { show?: boolean; x?: number; y?: number; width?: number; height?: number; webPreferences?: Record<string, unknown> };
    url = '';
    destroyed = false;
    webContents: FakeWebContents = new FakeWebContents(this);
    show = vi.fn();
    focus = vi.fn();
    restore = vi.fn();
    removeMenu = vi.fn();
    setFullScreen = vi.fn();
    isMinimized = (): boolean => false;
    isDestroyed = (): boolean => this.destroyed;
    getNormalBounds = () => ({ x: this.options.x ?? 0, y: this.options.y ?? 0, width: this.options.width ?? 0, height: this.options.height ?? 0 });
    loadURL = vi.fn(async (url: string) => {
      this.url = url;
    });
    constructor(windowOptions: FakeWindow['options']) {
      super();
      this.options = windowOptions;
      windows.push(this);
    }
    static getAllWindows = (): FakeWindow[] => windows.filter((window) => !window.destroyed);
    static getFocusedWindow = (): FakeWindow | null => focused;
  }

  const LAPTOP = { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 }, workArea: { x: 0, y: 0, width: 1440, height: 900 } };
  const PROJECTOR = { id: 2, bounds: { x: 1440, y: 0, width: 1920, height: 1080 }, workArea: { x: 1440, y: 0, width: 1920, height: 1080 } };

  const app = Object.assign(new EventEmitter(), {
    isPackaged: options.isPackaged,
    requestSingleInstanceLock: vi.fn(() => options.lock),
    enableSandbox: vi.fn(),
    quit: vi.fn(),
    exit: vi.fn(),
    getPath: vi.fn(() => options.userData),
    whenReady: vi.fn(() => ready),
  });
  return {
    becomeReady,
    windows,
    focus: (window: FakeWindow | null) => (focused = window),
    app,
    screen: { getAllDisplays: vi.fn(() => [LAPTOP, PROJECTOR]), getPrimaryDisplay: vi.fn(() => LAPTOP) },
    BrowserWindow: FakeWindow,
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: {
      defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), setDevicePermissionHandler: vi.fn() },
    },
    ipcMain: { handle: vi.fn() },
    Menu: { buildFromTemplate: vi.fn((template: unknown) => template), setApplicationMenu: vi.fn() },
    dialog: { showErrorBox: vi.fn() },
    shell: { openExternal: vi.fn() },
    // The daily reminder looks once at start; a fresh database has nobody to remind, so nothing is shown.
    Notification: Object.assign(vi.fn(), { isSupported: vi.fn(() => true) }),
  };
}

const temp = useTempDir('debrief-main-', 'file');
const originalArgv = process.argv;
const originalDevUrl = process.env.ELECTRON_RENDERER_URL;
let current: FakeElectron | null = null;

async function boot(options: Partial<Options> & { argv?: string[]; devUrl?: string }): Promise<FakeElectron> {
  const electron = await makeFakeElectron({ lock: true, isPackaged: true, userData: temp.file('userData'), ...options });
  current = electron;
  process.argv = ['/opt/Debrief/debrief', ...(options.argv ?? [])];
  if (options.devUrl === undefined) delete process.env.ELECTRON_RENDERER_URL;
  else process.env.ELECTRON_RENDERER_URL = options.devUrl;
  // A fresh module graph and a fresh fake Electron per boot: the entry runs its top level on import.
  vi.resetModules();
  vi.doMock('electron', () => electron);
  await import('../../../src/main/index.ts');
  return electron;
}

async function started(electron: FakeElectron): Promise<void> {
  electron.becomeReady();
  await vi.waitFor(() => expect(electron.windows.length + electron.dialog.showErrorBox.mock.calls.length).toBeGreaterThan(0));
}

function callHandler(electron: FakeElectron): Handler {
  const registration = electron.ipcMain.handle.mock.calls.find(([channel]) => channel === IPC_CALL_CHANNEL);
  if (!registration) throw new Error('no handler on the call channel');
  return registration[1] as Handler;
}

const fromPage = (url: string) => ({ senderFrame: { url, parent: null } });

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(() => {
  current?.app.emit('will-quit');
  current = null;
  process.argv = originalArgv;
  if (originalDevUrl === undefined) delete process.env.ELECTRON_RENDERER_URL;
  else process.env.ELECTRON_RENDERER_URL = originalDevUrl;
  vi.restoreAllMocks();
});

describe('the Electron main entry', () => {
  it('before ready: takes the single-instance lock, sandboxes all renderers, registers app:// and the guards, nothing else', async () => {
    const electron = await boot({ argv: ['--db', temp.file('before-ready.sqlite')] });
    expect(electron.app.requestSingleInstanceLock).toHaveBeenCalledOnce();
    expect(electron.app.enableSandbox).toHaveBeenCalledOnce();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledOnce();
    expect(electron.app.listenerCount('web-contents-created')).toBe(1);
    expect(electron.app.listenerCount('second-instance')).toBe(1);
    expect(electron.ipcMain.handle).not.toHaveBeenCalled();
    expect(electron.windows).toHaveLength(0);
    expect(fs.existsSync(temp.file('before-ready.sqlite'))).toBe(false);
  });

  it('a second instance quits at once and touches nothing', async () => {
    const electron = await boot({ lock: false });
    expect(electron.app.quit).toHaveBeenCalledOnce();
    expect(electron.protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled();
    expect(electron.app.whenReady).not.toHaveBeenCalled();
    expect(electron.app.listenerCount('web-contents-created')).toBe(0);
  });

  it('packaged: opens the --db database, serves app://, denies permissions and loads app://debrief in a sandboxed window', async () => {
    const dbFile = temp.file('packaged.sqlite');
    const electron = await boot({ argv: ['--db', dbFile] });
    await started(electron);

    expect(fs.existsSync(dbFile)).toBe(true);
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(electron.session.defaultSession.setPermissionCheckHandler).toHaveBeenCalledOnce();
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledOnce();

    const [window] = electron.windows;
    expect(window?.loadURL).toHaveBeenCalledWith('app://debrief/index.html');
    expect(window?.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(String(window?.options.webPreferences?.preload)).toMatch(/preload[\\/]index\.cjs$/);
  });

  it('takes a routine backup of the database beside it when it starts', async () => {
    const folder = temp.file('routine');
    fs.mkdirSync(folder);
    const electron = await boot({ argv: ['--db', path.join(folder, 'debrief.sqlite')] });
    await started(electron);
    expect(fs.readdirSync(folder).filter((name) => /^debrief\.sqlite\.backup-\d{4}-\d{2}-\d{2}T[\d-]+Z$/.test(name))).toHaveLength(1);
  });

  it('without --db or DEBRIEF_DB, the database lives in the user data folder', async () => {
    const previous = process.env.DEBRIEF_DB;
    delete process.env.DEBRIEF_DB;
    try {
      const electron = await boot({});
      await started(electron);
      expect(fs.existsSync(path.join(temp.file('userData'), 'debrief.sqlite'))).toBe(true);
    } finally {
      if (previous !== undefined) process.env.DEBRIEF_DB = previous;
    }
  });

  it('answers API calls from the app page, pushes the change to the window, and refuses other pages', async () => {
    const electron = await boot({ argv: ['--db', temp.file('calls.sqlite')] });
    await started(electron);
    const handle = callHandler(electron);

    const created = handle(fromPage('app://debrief/index.html'), { method: 'meetings.create', input: { title: 'Checkout outage' } });
    expect(created).toMatchObject({ ok: true, result: { title: 'Checkout outage' } });
    const [window] = electron.windows;
    expect(window?.webContents.send).toHaveBeenCalledWith(IPC_EVENT_CHANNEL, {
      event: 'changed',
      payload: expect.objectContaining({ entity: 'meeting', op: 'created' }),
    });

    expect(handle(fromPage('app://debrief/index.html'), { method: 'meetings.create', input: { title: '' } })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'title' },
    });
    expect(() => handle(fromPage('http://localhost:5173/'), { method: 'meetings.list', input: {} })).toThrow(/Refused/);
    expect(() => handle(fromPage('https://example.com/'), { method: 'meetings.list', input: {} })).toThrow(/Refused/);
  });

  it('registers the Save dialog handler for exports, which refuses pages not on the app origin', async () => {
    const electron = await boot({ argv: ['--db', temp.file('save-file.sqlite')] });
    await started(electron);
    const registration = electron.ipcMain.handle.mock.calls.find(([channel]) => channel === IPC_SAVE_FILE_CHANNEL);
    const handle = registration?.[1] as ((event: unknown, request: unknown) => Promise<unknown>) | undefined;
    expect(handle).toBeTypeOf('function');
    const request = { suggestedName: 'INC-1.md', data: new Uint8Array([35]), filters: [] };
    await expect(handle?.({ sender: {}, ...fromPage('https://example.com/') }, request)).rejects.toThrow(/Refused/);
  });

  it('development: loads the dev server and accepts calls from it', async () => {
    const electron = await boot({ isPackaged: false, devUrl: 'http://localhost:5173', argv: ['--db', temp.file('dev.sqlite')] });
    await started(electron);
    expect(electron.windows[0]?.loadURL).toHaveBeenCalledWith('http://localhost:5173');
    expect(callHandler(electron)(fromPage('http://localhost:5173/'), { method: 'meetings.list', input: {} })).toMatchObject({ ok: true });
  });

  it('a second launch brings the existing window forward', async () => {
    const electron = await boot({ argv: ['--db', temp.file('focus.sqlite')] });
    await started(electron);
    electron.app.emit('second-instance', {}, [], '', {});
    expect(electron.windows[0]?.focus).toHaveBeenCalledOnce();
    expect(electron.windows).toHaveLength(1);
  });

  it('a database it cannot open is reported and the app exits', async () => {
    const notADatabase = temp.file('garbage.sqlite');
    fs.writeFileSync(notADatabase, 'this is not an SQLite file, it is a text file that is long enough to have a header');
    const electron = await boot({ argv: ['--db', notADatabase] });
    await started(electron);
    expect(electron.dialog.showErrorBox).toHaveBeenCalledOnce();
    expect(electron.app.exit).toHaveBeenCalledWith(1);
    expect(electron.windows).toHaveLength(0);
  });

  describe('with the audience screen open', () => {
    const AUDIENCE = 'app://debrief/index.html#/meetings/0f8fad5b-d9cb-469f-a165-70867728950e/audience';

    /** Plays Electron's part of window.open: the handler, then the new window, its webContents and did-create-window. */
    async function openAudience(electron: FakeElectron) {
      const [main] = electron.windows;
      if (!main) throw new Error('no main window');
      electron.app.emit('web-contents-created', {}, main.webContents);
      const response = main.webContents.openHandler?.({ url: AUDIENCE, frameName: 'debrief-audience' }) as {
        action: string;
        overrideBrowserWindowOptions?: FakeElectron['windows'][number]['options'];
      };
      expect(response.action).toBe('allow');
      const audience = new electron.BrowserWindow(response.overrideBrowserWindowOptions ?? {});
      audience.url = AUDIENCE;
      electron.app.emit('web-contents-created', {}, audience.webContents);
      main.webContents.emit('did-create-window', audience, { url: AUDIENCE, frameName: 'debrief-audience' });
      return { main, audience };
    }

    it('opens it fullscreen on the second display, with the same preferences and guards, and lets it use the API', async () => {
      const electron = await boot({ argv: ['--db', temp.file('audience.sqlite')] });
      await started(electron);
      const { main, audience } = await openAudience(electron);

      expect(audience.options).toMatchObject({ x: 1760, y: 180, webPreferences: main.options.webPreferences });
      expect(audience.setFullScreen).toHaveBeenCalledWith(true);
      expect(audience.removeMenu).toHaveBeenCalledOnce();
      expect(audience.webContents.listenerCount('will-navigate')).toBe(1);
      expect(audience.webContents.openHandler?.({ url: 'https://example.com/', frameName: '' })).toEqual({ action: 'deny' });

      const handle = callHandler(electron);
      handle(fromPage(AUDIENCE), { method: 'meetings.create', input: { title: 'Projector check' } });
      expect(audience.webContents.send).toHaveBeenCalledWith(IPC_EVENT_CHANNEL, expect.objectContaining({ event: 'changed' }));

      expect(main.webContents.openHandler?.({ url: AUDIENCE, frameName: 'debrief-audience' })).toEqual({ action: 'deny' });
      expect(audience.focus).toHaveBeenCalledOnce();
      expect(electron.windows).toHaveLength(2);

      audience.emit('close');
      expect(JSON.parse(fs.readFileSync(path.join(temp.file('userData'), 'audience-window.json'), 'utf8'))).toMatchObject({ x: 1760, y: 180 });
    });

    it('a menu command goes to the focused window, or to the console when the audience screen has focus', async () => {
      const electron = await boot({ argv: ['--db', temp.file('menu.sqlite')] });
      await started(electron);
      const { main, audience } = await openAudience(electron);
      type Item = { id?: string; submenu?: Item[]; click?: () => void };
      const template = electron.Menu.setApplicationMenu.mock.calls[0]?.[0] as Item[];
      const next = template.flatMap((item) => item.submenu ?? []).find((item) => item.id === 'timer-next');
      const nextEvent = { event: 'command', payload: { commandId: 'timer-next' } };

      electron.focus(main);
      next?.click?.();
      expect(main.webContents.send).toHaveBeenCalledExactlyOnceWith(IPC_EVENT_CHANNEL, nextEvent);

      electron.focus(audience);
      next?.click?.();
      expect(main.webContents.send).toHaveBeenCalledTimes(2);
      expect(audience.webContents.send).not.toHaveBeenCalled();

      electron.focus(null);
      next?.click?.();
      expect(main.webContents.send).toHaveBeenCalledTimes(3);
      expect(audience.webContents.send).not.toHaveBeenCalled();
    });
  });
});
