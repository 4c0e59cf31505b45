import { Menu, type MenuItemConstructorOptions } from 'electron';

/**
 * Standard roles only, so every platform gets its native labels, shortcuts and text-editing commands (the note-taker
 * relies on Edit's undo, cut, copy and paste). macOS puts About and Quit in the app menu; elsewhere About lives in Help.
 */
export function applicationMenuTemplate(platform: NodeJS.Platform): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  return [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
    { role: 'help', submenu: isMac ? [] : [{ role: 'about' }] },
  ];
}

export function installApplicationMenu(platform: NodeJS.Platform): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(applicationMenuTemplate(platform)));
}
