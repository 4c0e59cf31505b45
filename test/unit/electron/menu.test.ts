import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((template: unknown) => template) } }));

const { Menu } = await import('electron');
const { applicationMenuTemplate, installApplicationMenu } = await import('../../../src/main/electron/menu.ts');

const roles = (platform: NodeJS.Platform): unknown[] => applicationMenuTemplate(platform).map((item) => item.role);

describe('applicationMenuTemplate', () => {
  it('macOS: app, file, edit, view, window and help menus', () => {
    expect(roles('darwin')).toEqual(['appMenu', 'fileMenu', 'editMenu', 'viewMenu', 'windowMenu', 'help']);
  });

  it.each(['linux', 'win32'] as const)('%s: no app menu, About under Help', (platform) => {
    expect(roles(platform)).toEqual(['fileMenu', 'editMenu', 'viewMenu', 'windowMenu', 'help']);
    const help = applicationMenuTemplate(platform).at(-1);
    expect(help?.submenu).toEqual([{ role: 'about' }]);
  });

  it('uses roles only, so labels, shortcuts and editing commands are native', () => {
    for (const platform of ['darwin', 'linux', 'win32'] as const) {
      for (const item of applicationMenuTemplate(platform)) {
        expect(item.role).toBeDefined();
        expect(item.click).toBeUndefined();
      }
    }
  });

  it('installApplicationMenu sets the built template as the application menu', () => {
    installApplicationMenu('linux');
    expect(Menu.setApplicationMenu).toHaveBeenCalledWith(applicationMenuTemplate('linux'));
  });
});
