import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { COMMAND_LIST } from '../../../src/shared/commands.ts';

vi.mock('electron', () => ({ Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((template: unknown) => template) } }));

const { Menu } = await import('electron');
const { applicationMenuTemplate, installApplicationMenu } = await import('../../../src/main/electron/menu.ts');

const PLATFORMS = ['darwin', 'linux', 'win32'] as const;
type Item = MenuItemConstructorOptions;

function template(platform: NodeJS.Platform, development = false, sendCommand = vi.fn()): Item[] {
  return applicationMenuTemplate({ platform, development, sendCommand });
}

function submenu(item: Item | undefined): Item[] {
  return Array.isArray(item?.submenu) ? item.submenu : [];
}

/** Every item in the menu tree, depth first. */
function allItems(items: Item[]): Item[] {
  return items.flatMap((item) => [item, ...allItems(submenu(item))]);
}

function topLevel(platform: NodeJS.Platform, name: string): Item | undefined {
  return template(platform).find((item) => item.label === name || item.role === name);
}

const roles = (items: Item[]): unknown[] => items.map((item) => item.role ?? item.label);
const commandIds = (items: Item[]): string[] => items.flatMap((item) => (item.click ? [String(item.id)] : []));
const menuCommands = COMMAND_LIST.filter((command) => command.menu !== null);

describe('applicationMenuTemplate', () => {
  it('macOS: app, File, Edit, Meeting, View, Window and Help menus', () => {
    expect(roles(template('darwin'))).toEqual(['appMenu', 'File', 'editMenu', 'Meeting', 'View', 'windowMenu', 'help']);
  });

  it.each(['linux', 'win32'] as const)('%s: no app menu; Quit in File, About under Help', (platform) => {
    expect(roles(template(platform))).toEqual(['File', 'editMenu', 'Meeting', 'View', 'windowMenu', 'help']);
    expect(submenu(topLevel(platform, 'File')).at(-1)).toEqual({ role: 'quit' });
    expect(submenu(topLevel(platform, 'help')).at(-1)).toEqual({ role: 'about' });
  });

  it('macOS: File ends with Close, and Help has no About (the app menu has it)', () => {
    expect(submenu(topLevel('darwin', 'File')).at(-1)).toEqual({ role: 'close' });
    expect(allItems(submenu(topLevel('darwin', 'help'))).some((item) => item.role === 'about')).toBe(false);
  });

  it.each(PLATFORMS)('%s: every menu-listed command appears exactly once, with its label, in its own menu', (platform) => {
    const items = allItems(template(platform)).filter((item) => item.click);
    expect(items.map((item) => item.id).sort()).toEqual(menuCommands.map((command) => command.id).sort());
    const menus = { file: 'File', meeting: 'Meeting', view: 'View', help: 'help' } as const;
    for (const command of menuCommands) {
      const inMenu = submenu(topLevel(platform, menus[command.menu as keyof typeof menus])).filter((item) => item.id === command.id);
      expect(inMenu, command.id).toEqual([expect.objectContaining({ label: command.label })]);
    }
  });

  it('lists no command that belongs to no menu', () => {
    const ids = commandIds(allItems(template('linux')));
    for (const command of COMMAND_LIST.filter((entry) => entry.menu === null)) expect(ids).not.toContain(command.id);
  });

  it('keeps the commands in the order of the command list', () => {
    expect(commandIds(submenu(topLevel('linux', 'Meeting')))).toEqual(
      menuCommands.filter((command) => command.menu === 'meeting').map((command) => command.id),
    );
  });

  it.each(PLATFORMS)('%s: clicking a command hands exactly its id to sendCommand', (platform) => {
    for (const command of menuCommands) {
      const sendCommand = vi.fn();
      const item = allItems(template(platform, false, sendCommand)).find((entry) => entry.id === command.id);
      item?.click?.({} as never, undefined, {} as never);
      expect(sendCommand, command.id).toHaveBeenCalledExactlyOnceWith(command.id);
    }
  });

  it.each(PLATFORMS)('%s: the standard roles stay', (platform) => {
    const allRoles = allItems(template(platform)).map((item) => item.role);
    for (const role of ['editMenu', 'windowMenu', 'help', 'togglefullscreen', 'resetZoom', 'zoomIn', 'zoomOut'] as const) {
      expect(allRoles, role).toContain(role);
    }
    expect(allRoles).toContain(platform === 'darwin' ? 'appMenu' : 'quit');
  });

  it('View ends with zoom and fullscreen; reload and developer tools only in development', () => {
    const packaged = submenu(template('linux').find((item) => item.label === 'View')).map((item) => item.role);
    expect(packaged).not.toContain('reload');
    expect(packaged).not.toContain('toggleDevTools');
    expect(packaged.slice(-5)).toEqual(['resetZoom', 'zoomIn', 'zoomOut', undefined, 'togglefullscreen']);
    const development = submenu(template('linux', true).find((item) => item.label === 'View')).map((item) => item.role);
    expect(development).toEqual(expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools']));
  });

  it('Windows and Linux: shows each shortcut as an accelerator that is never registered, so typing keys reach the page', () => {
    for (const platform of ['linux', 'win32'] as const) {
      const start = allItems(template(platform)).find((item) => item.id === 'timer-start-pause');
      expect(start).toMatchObject({ accelerator: 'Space', registerAccelerator: false });
      const next = allItems(template(platform)).find((item) => item.id === 'timer-next');
      expect(next).toMatchObject({ accelerator: 'PageDown', registerAccelerator: false });
      for (const item of allItems(template(platform)).filter((entry) => entry.accelerator !== undefined && entry.click)) {
        expect(item.registerAccelerator, String(item.id)).toBe(false);
      }
    }
  });

  it('macOS: no typing key becomes a key equivalent (registerAccelerator is ignored there); the tooltip names it', () => {
    const items = allItems(template('darwin')).filter((item) => item.click);
    // A Command-chord is not typing: the menu keeps it as its key equivalent (see command-menu-item.ts).
    for (const item of items.filter((entry) => entry.id !== 'export-report')) expect(item.accelerator, String(item.id)).toBeUndefined();
    expect(items.find((item) => item.id === 'open-audience')).toMatchObject({ toolTip: 'Shortcut: A' });
    expect(items.find((item) => item.id === 'export-report')).toMatchObject({ accelerator: 'CommandOrControl+E' });
  });

  it('a command without shortcuts gets no accelerator', () => {
    const restart = allItems(template('win32')).find((item) => item.id === 'timer-restart-section');
    expect(restart).not.toHaveProperty('accelerator');
  });

  it('installApplicationMenu sets the built template as the application menu', () => {
    const options = { platform: 'linux' as const, development: false, sendCommand: vi.fn() };
    installApplicationMenu(options);
    expect(Menu.setApplicationMenu).toHaveBeenCalledOnce();
    expect(JSON.stringify(vi.mocked(Menu.setApplicationMenu).mock.calls[0]?.[0])).toBe(JSON.stringify(applicationMenuTemplate(options)));
  });
});
