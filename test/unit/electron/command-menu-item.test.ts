import { describe, expect, it, vi } from 'vitest';
import { commandMenuItem } from '../../../src/main/electron/command-menu-item.ts';
import type { CommandDescriptor } from '../../../src/shared/commands.ts';

const chord: CommandDescriptor = { id: 'save', label: 'Save', shortcuts: ['Mod+S'], menu: 'file' };
const typing: CommandDescriptor = { id: 'next', label: 'Next', shortcuts: ['ArrowRight', 'ArrowDown'], menu: 'meeting' };
const unknownKey: CommandDescriptor = { id: 'odd', label: 'Odd', shortcuts: ['Hyper+Q'], menu: 'meeting' };

describe('commandMenuItem', () => {
  it('Windows and Linux: every accelerator is display-only, chords too, since the page performs them itself', () => {
    for (const platform of ['win32', 'linux'] as const) {
      expect(commandMenuItem(chord, platform, vi.fn())).toMatchObject({ accelerator: 'CommandOrControl+S', registerAccelerator: false });
      expect(commandMenuItem(typing, platform, vi.fn())).toMatchObject({ accelerator: 'Right', registerAccelerator: false });
    }
  });

  it('macOS: a typing key is only a tooltip; a Command chord stays a real key equivalent', () => {
    const next = commandMenuItem(typing, 'darwin', vi.fn());
    expect(next).not.toHaveProperty('accelerator');
    expect(next.toolTip).toBe('Shortcut: Right');
    expect(commandMenuItem(chord, 'darwin', vi.fn())).toMatchObject({ accelerator: 'CommandOrControl+S' });
  });

  it('a shortcut with no accelerator equivalent leaves the item without one', () => {
    expect(commandMenuItem(unknownKey, 'linux', vi.fn())).not.toHaveProperty('accelerator');
  });

  it('clicking sends the command id', () => {
    const sendCommand = vi.fn();
    commandMenuItem(typing, 'linux', sendCommand).click?.({} as never, undefined, {} as never);
    expect(sendCommand).toHaveBeenCalledExactlyOnceWith('next');
  });
});
