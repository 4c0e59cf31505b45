import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL } from '../../../src/shared/api/bridge.ts';
import type { CallResponse } from '../../../src/shared/api/wire.ts';
import { makeTempDir } from '../../support/temp-dir.ts';

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

  class FakeWindow extends EventEmitter {
    options: { show?: boolean; webPreferences?: Record<string, unknown> };
    url = '';
    destroyed = false;
    webContents = { send: vi.fn(), isDestroyed: () => this.destroyed, getURL: () => this.url };
    show = vi.fn();
    focus = vi.fn();
    restore = vi.fn();
    isMinimized = (): boolean => false;
    isDestroyed = (): boolean => this.destroyed;
    loadURL = vi.fn(async (url: string) => {
      this.url = url;
    });
    constructor(windowOptions: FakeWindow['options']) {
      super();
      this.options = windowOptions;
      windows.push(this);
    }
    static getAllWindows = (): FakeWindow[] => windows.filter((window) => !window.destroyed);
  }

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
    app,
    BrowserWindow: FakeWindow,
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: {
      defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), setDevicePermissionHandler: vi.fn() },
    },
    ipcMain: { handle: vi.fn() },
    Menu: { buildFromTemplate: vi.fn((template: unknown) => template), setApplicationMenu: vi.fn() },
    dialog: { showErrorBox: vi.fn() },
    shell: { openExternal: vi.fn() },
  };
}

const temp = makeTempDir('debrief-main-');
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

afterAll(() => temp.remove());

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
});
