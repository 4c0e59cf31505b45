import type { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const created = vi.hoisted(() => ({ windows: [] as unknown[] }));
vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  class BrowserWindow extends Emitter {
    options: unknown;
    loadURL = vi.fn(() => Promise.resolve());
    show = vi.fn();
    constructor(options: unknown) {
      super();
      this.options = options;
      created.windows.push(this);
    }
  }
  return { BrowserWindow, shell: { openExternal: vi.fn() } };
});

const { createMainWindow, focusWindow } = await import('../../../src/main/electron/main-window.ts');
const { secureWebPreferences } = await import('../../../src/main/electron/security.ts');

type FakeWindow = EventEmitter & { options: { show?: boolean; webPreferences?: unknown }; loadURL: ReturnType<typeof vi.fn>; show: ReturnType<typeof vi.fn> };

beforeEach(() => {
  created.windows.length = 0;
});

describe('createMainWindow', () => {
  it('creates the window with the secure webPreferences and our preload', () => {
    createMainWindow({ preloadPath: '/app/out/preload/index.cjs', entryUrl: 'app://debrief/index.html' });
    const window = created.windows[0] as FakeWindow;
    expect(window.options.webPreferences).toEqual(secureWebPreferences('/app/out/preload/index.cjs'));
  });

  it('loads the entry URL and shows the window only once it is ready', () => {
    createMainWindow({ preloadPath: '/p.cjs', entryUrl: 'http://localhost:5173' });
    const window = created.windows[0] as FakeWindow;
    expect(window.loadURL).toHaveBeenCalledWith('http://localhost:5173');
    expect(window.options.show).toBe(false);
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledOnce();
  });
});

describe('focusWindow', () => {
  function fakeWindow(minimized: boolean, destroyed = false) {
    return { isDestroyed: () => destroyed, isMinimized: () => minimized, restore: vi.fn(), show: vi.fn(), focus: vi.fn() };
  }

  it('restores a minimized window and focuses it', () => {
    const window = fakeWindow(true);
    focusWindow(window as never);
    expect(window.restore).toHaveBeenCalledOnce();
    expect(window.focus).toHaveBeenCalledOnce();
  });

  it('does nothing without a live window', () => {
    expect(() => focusWindow(null)).not.toThrow();
    const window = fakeWindow(false, true);
    focusWindow(window as never);
    expect(window.focus).not.toHaveBeenCalled();
  });
});
