import { describe, expect, it, vi } from 'vitest';
import { appCommandRegistry, appCommands, type AppContext } from '../../../src/renderer/commands/app-commands.ts';
import { createCommandRegistry } from '../../../src/renderer/commands/registry.ts';
import { parseShortcut, shortcutLabel, shortcutMatches, type KeyPress } from '../../../src/renderer/commands/shortcut.ts';
import { isTypingTarget } from '../../../src/renderer/commands/typing-target.ts';
import type { Route } from '../../../src/renderer/routing/routes.ts';

const press = (key: string, modifiers: Partial<KeyPress> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...modifiers });

function context(overrides: Partial<AppContext> = {}): AppContext {
  return {
    route: { name: 'library' },
    helpOpen: false,
    canUndoDelete: false,
    navigate: vi.fn(),
    openHelp: vi.fn(),
    closeHelp: vi.fn(),
    requestFocus: vi.fn(),
    undoDelete: vi.fn(),
    ...overrides,
  };
}

const meeting: Route = { name: 'meeting', meetingId: 'm' };

describe('shortcuts', () => {
  it.each([
    ['N', press('n'), true],
    ['N', press('N', { shiftKey: true }), false],
    ['N', press('n', { ctrlKey: true }), false],
    ['?', press('?', { shiftKey: true }), true],
    ['/', press('/'), true],
    ['Escape', press('Escape'), true],
    ['Mod+Z', press('z', { ctrlKey: true }), true],
    ['Mod+Z', press('z', { metaKey: true }), true],
    ['Mod+Z', press('z'), false],
    ['Mod+Z', press('z', { ctrlKey: true, altKey: true }), false],
    ['Shift+Mod+Z', press('Z', { ctrlKey: true, shiftKey: true }), true],
    ['Mod++', press('+', { ctrlKey: true }), true],
  ])('%s matches %j: %s', (shortcut, keyPress, expected) => {
    expect(shortcutMatches(shortcut, keyPress)).toBe(expected);
  });

  it.each([
    ['Mod+Z', false, 'Ctrl+Z'],
    ['Mod+Z', true, '⌘Z'],
    ['Escape', false, 'Esc'],
    ['n', false, 'N'],
    ['Shift+Mod+Z', true, '⇧⌘Z'],
  ])('%s is shown as %s (Mac: %s)', (shortcut, isMac, label) => {
    expect(shortcutLabel(shortcut, isMac)).toBe(label);
  });

  it('parses modifiers in any case', () => {
    expect(parseShortcut('shift+mod+K')).toEqual({ key: 'K', mod: true, alt: false, shift: true });
  });
});

describe('isTypingTarget', () => {
  it.each([
    [{ tagName: 'INPUT', type: 'text' }, true],
    [{ tagName: 'input' }, true],
    [{ tagName: 'INPUT', type: 'checkbox' }, false],
    [{ tagName: 'INPUT', type: 'submit' }, false],
    [{ tagName: 'TEXTAREA' }, true],
    [{ tagName: 'SELECT' }, true],
    [{ tagName: 'DIV', isContentEditable: true }, true],
    [{ tagName: 'LI' }, false],
    [{ tagName: 'BUTTON' }, false],
    [null, false],
  ])('%j: %s', (target, typing) => {
    expect(isTypingTarget(target)).toBe(typing);
  });
});

describe('command registry', () => {
  it('refuses two commands with the same id', () => {
    const command = { id: 'x', label: 'X', shortcuts: [], enabled: () => true, perform: () => {} };
    expect(() => createCommandRegistry([command, command])).toThrow(/share the id "x"/);
  });

  it('gives every app command a label and a unique shortcut', () => {
    const shortcuts = appCommands.flatMap((command) => command.shortcuts);
    expect(new Set(shortcuts).size).toBe(shortcuts.length);
    for (const command of appCommands) expect(command.label.length).toBeGreaterThan(3);
  });

  it.each([
    ['N in the library', press('n'), context(), false, 'new-meeting'],
    ['N in a meeting', press('n'), context({ route: meeting }), false, 'new-meeting'],
    ['N while typing', press('n'), context(), true, undefined],
    ['/ in a meeting', press('/'), context({ route: meeting }), false, 'quick-add'],
    ['T in a meeting', press('t'), context({ route: meeting }), false, 'quick-add'],
    ['/ in the library', press('/'), context(), false, undefined],
    ['L in a meeting', press('l'), context({ route: meeting }), false, 'library'],
    ['L in the library', press('l'), context(), false, undefined],
    ['? anywhere', press('?', { shiftKey: true }), context(), false, 'help'],
    ['? with help open', press('?', { shiftKey: true }), context({ helpOpen: true }), false, undefined],
    ['N with help open', press('n'), context({ helpOpen: true }), false, undefined],
    ['Escape with help open', press('Escape'), context({ helpOpen: true }), false, 'close'],
    ['Escape with nothing open', press('Escape'), context(), false, undefined],
    ['Ctrl+Z after a delete', press('z', { ctrlKey: true }), context({ canUndoDelete: true }), false, 'undo-delete'],
    ['Ctrl+Z after a delete, in a text field', press('z', { ctrlKey: true }), context({ canUndoDelete: true }), true, undefined],
    ['Ctrl+Z with nothing to undo', press('z', { ctrlKey: true }), context(), false, undefined],
  ])('%s runs %s', (_name, keyPress, appContext, typing, commandId) => {
    expect(appCommandRegistry.commandFor(keyPress, appContext, typing)?.id).toBe(commandId);
  });

  it('new meeting from a meeting goes to the library and focuses the form', () => {
    const appContext = context({ route: meeting });
    appCommandRegistry.get('new-meeting')?.perform(appContext);
    expect(appContext.navigate).toHaveBeenCalledWith({ name: 'library' });
    expect(appContext.requestFocus).toHaveBeenCalledWith('new-meeting');
  });

  it('undo delete calls the timeline undo', () => {
    const appContext = context({ canUndoDelete: true });
    appCommandRegistry.get('undo-delete')?.perform(appContext);
    expect(appContext.undoDelete).toHaveBeenCalledOnce();
  });
});
