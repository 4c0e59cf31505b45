import type { MenuItemConstructorOptions } from 'electron';
import type { CommandDescriptor } from '../../shared/commands.ts';
import { isTypingShortcut, toAccelerator } from './accelerator.ts';

/**
 * The page's command registry already performs every shortcut from its own key handler, and skips typing keys while a
 * text field has focus. So the menu only shows shortcuts and must not take keys from the page:
 * - Windows and Linux: the accelerator is shown with registerAccelerator false (supported there only), so it
 *   triggers nothing and every key still reaches the page.
 * - macOS: AppKit matches a menu's key equivalents before the focused view sees the key, and registerAccelerator is
 *   ignored, so a typing key (Space, an arrow, A, ?) given as accelerator would be swallowed in every text field. Those
 *   get no accelerator there; the shortcut is in the item's tooltip and in the app's shortcut help instead. A
 *   Command-chord would be claimed by the menu, which then performs it, so it keeps its accelerator.
 */
export function commandMenuItem(command: CommandDescriptor, platform: NodeJS.Platform, sendCommand: (commandId: string) => void): MenuItemConstructorOptions {
  const item: MenuItemConstructorOptions = { id: command.id, label: command.label, click: () => sendCommand(command.id) };
  const [shortcut] = command.shortcuts;
  const accelerator = shortcut === undefined ? null : toAccelerator(shortcut);
  if (shortcut === undefined || accelerator === null) return item;
  if (platform !== 'darwin') return { ...item, accelerator, registerAccelerator: false };
  if (isTypingShortcut(shortcut)) return { ...item, toolTip: `Shortcut: ${accelerator}` };
  return { ...item, accelerator };
}
