import { Menu, type MenuItemConstructorOptions } from 'electron';
import { COMMAND_LIST, type CommandDescriptor } from '../../shared/commands.ts';
import { commandMenuItem } from './command-menu-item.ts';

export interface ApplicationMenuOptions {
  platform: NodeJS.Platform;
  /** An unpackaged run: adds reload and the developer tools, which would only lose the facilitator's page otherwise. */
  development: boolean;
  /** Performs a command in the focused window (see menu-command.ts). */
  sendCommand: (commandId: string) => void;
  commands?: readonly CommandDescriptor[];
}

const SEPARATOR: MenuItemConstructorOptions = { type: 'separator' };

/**
 * Our commands in the menus the user expects them in, between the standard roles, so every platform keeps its native
 * labels, shortcuts and text-editing commands (the note-taker relies on Edit's undo, cut, copy and paste). macOS puts
 * About and Quit in the app menu; elsewhere About lives in Help and Quit in File.
 */
export function applicationMenuTemplate(options: ApplicationMenuOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  const commands = options.commands ?? COMMAND_LIST;
  const itemsFor = (menu: CommandDescriptor['menu']): MenuItemConstructorOptions[] =>
    commands.filter((command) => command.menu === menu).map((command) => commandMenuItem(command, options.platform, options.sendCommand));
  const withSeparator = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] => (items.length > 0 ? [...items, SEPARATOR] : []);

  const developmentItems: MenuItemConstructorOptions[] = options.development
    ? [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, SEPARATOR]
    : [];
  return [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    { label: 'File', submenu: [...withSeparator(itemsFor('file')), isMac ? { role: 'close' } : { role: 'quit' }] },
    { role: 'editMenu' },
    { label: 'Meeting', submenu: itemsFor('meeting') },
    {
      label: 'View',
      submenu: [
        ...withSeparator(itemsFor('view')),
        ...developmentItems,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        SEPARATOR,
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    { role: 'help', submenu: [...itemsFor('help'), ...(isMac ? [] : [SEPARATOR, { role: 'about' } as const])] },
  ];
}

export function installApplicationMenu(options: ApplicationMenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(applicationMenuTemplate(options)));
}
