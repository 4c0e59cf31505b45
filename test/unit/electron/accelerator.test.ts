import { describe, expect, it } from 'vitest';
import { isTypingShortcut, toAccelerator } from '../../../src/main/electron/accelerator.ts';
import { COMMAND_LIST } from '../../../src/shared/commands.ts';

describe('toAccelerator', () => {
  it.each([
    ['Mod+Z', 'CommandOrControl+Z'],
    ['Mod+Shift+z', 'CommandOrControl+Shift+Z'],
    ['Ctrl+Alt+Delete', 'Control+Alt+Delete'],
    ['ArrowRight', 'Right'],
    ['ArrowLeft', 'Left'],
    ['ArrowUp', 'Up'],
    ['ArrowDown', 'Down'],
    ['Space', 'Space'],
    ['+', 'Plus'],
    ['Shift+Plus', 'Shift+Plus'],
    ['Mod++', 'CommandOrControl+Plus'],
    ['Shift+=', 'Shift+='],
    ['=', '='],
    ['-', '-'],
    ['/', '/'],
    ['?', '?'],
    ['a', 'A'],
    ['N', 'N'],
    ['Escape', 'Escape'],
    ['F11', 'F11'],
  ])('%s -> %s', (shortcut, accelerator) => {
    expect(toAccelerator(shortcut)).toBe(accelerator);
  });

  it.each(['', 'Hyper+A', 'Mod+', 'Mod+Mod+A', 'Shift+Shift+A', 'F25', 'Dead', 'é', 'ArrowSideways', 'Mod+Z+X'])('has no accelerator for %j', (shortcut) => {
    expect(toAccelerator(shortcut)).toBeNull();
  });

  it('converts the first shortcut of every command', () => {
    for (const command of COMMAND_LIST) {
      const [first] = command.shortcuts;
      if (first !== undefined) expect(toAccelerator(first), `${command.id}: ${first}`).not.toBeNull();
    }
  });
});

describe('isTypingShortcut', () => {
  it.each(['Space', 'ArrowRight', 'ArrowDown', '+', '-', '=', 'A', 'N', 'L', 'T', '/', '?', 'Escape', 'Shift+Plus', 'Shift+='])(
    '%s types or moves the caret in a text field',
    (shortcut) => {
      expect(isTypingShortcut(shortcut)).toBe(true);
    },
  );

  it.each(['Mod+Z', 'Ctrl+K', 'Alt+ArrowLeft', 'Mod+Shift+Z', 'Mod++'])('%s is a chord', (shortcut) => {
    expect(isTypingShortcut(shortcut)).toBe(false);
  });
});
