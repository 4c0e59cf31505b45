import { describe, expect, it, vi } from 'vitest';
import { COMMAND_LIST } from '../../../src/shared/commands.ts';
import type { ClockStatus } from '../../../src/shared/timer/clock.ts';
import { appCommandRegistry, appCommands, type AppContext, type ClockContext } from '../../../src/renderer/commands/app-commands.ts';
import { createCommandRegistry } from '../../../src/renderer/commands/registry.ts';
import { parseShortcut, shortcutLabel, shortcutMatches, type KeyPress } from '../../../src/renderer/commands/shortcut.ts';
import { inScrollingPane, isTypingTarget, togglesWithSpace, type ScrollableLike } from '../../../src/renderer/commands/typing-target.ts';
import type { Route } from '../../../src/renderer/routing/routes.ts';

const press = (key: string, modifiers: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...modifiers,
});

function context(overrides: Partial<AppContext> = {}): AppContext {
  return {
    route: { name: 'library' },
    helpOpen: false,
    prepareOpen: false,
    gateConfirmOpen: false,
    exportOpen: false,
    canUndoDelete: false,
    clock: null,
    screen: null,
    navigate: vi.fn(),
    openHelp: vi.fn(),
    closeHelp: vi.fn(),
    openPrepare: vi.fn(),
    confirmGateOverride: vi.fn(),
    requestFocus: vi.fn(),
    undoDelete: vi.fn(),
    runTimer: vi.fn(),
    extendTimer: vi.fn(),
    openAudience: vi.fn(),
    openExport: vi.fn(),
    focusScreen: vi.fn(),
    turnReadbackPage: vi.fn(),
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
    ['Space', press(' '), true],
    ['Space', press(' ', { ctrlKey: true }), false],
    ['ArrowRight', press('ArrowRight'), true],
    ['ArrowRight', press('ArrowRight', { altKey: true }), false],
    // "+" typed on the main keys (Shift+= on a US keyboard) is plain "+", not "Shift++".
    ['+', press('+', { shiftKey: true, code: 'Equal' }), true],
    ['Shift+Plus', press('+', { shiftKey: true, code: 'Equal' }), false],
    ['+', press('+', { code: 'NumpadAdd' }), true],
    ['Shift+Plus', press('+', { code: 'NumpadAdd' }), false],
    ['Shift+Plus', press('+', { shiftKey: true, code: 'NumpadAdd' }), true],
    ['+', press('+', { shiftKey: true, code: 'NumpadAdd' }), false],
    ['=', press('='), true],
    ['-', press('-'), true],
    ['-', press('-', { code: 'NumpadSubtract' }), true],
  ])('%s matches %j: %s', (shortcut, keyPress, expected) => {
    expect(shortcutMatches(shortcut, keyPress)).toBe(expected);
  });

  it.each([
    ['Mod+Z', false, 'Ctrl+Z'],
    ['Mod+Z', true, '⌘Z'],
    ['Escape', false, 'Esc'],
    ['n', false, 'N'],
    ['Shift+Mod+Z', true, '⇧⌘Z'],
    ['Space', false, 'Space'],
    ['ArrowRight', false, '→'],
    ['PageDown', false, 'Page Down'],
    ['Shift+Plus', false, 'Shift++'],
    ['+', false, '+'],
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

describe('inScrollingPane', () => {
  const element = (tagName: string, parentElement: ScrollableLike | null, overflow = 'visible') => Object.assign({ tagName, parentElement }, { overflow });
  const overflowOf = (target: ScrollableLike) => (target as ScrollableLike & { overflow: string }).overflow;
  const body = element('BODY', element('HTML', null, 'auto'), 'auto');

  it('is true for a pane that scrolls (even while its content fits) and for a button inside it', () => {
    const pane = element('DIV', body, 'auto');
    expect(inScrollingPane(pane, overflowOf)).toBe(true);
    expect(inScrollingPane(element('BUTTON', element('SECTION', pane)), overflowOf)).toBe(true);
    expect(inScrollingPane(element('BUTTON', element('DIV', body, 'scroll')), overflowOf)).toBe(true);
  });

  it('is false with nothing focused (the body), and outside any pane', () => {
    expect(inScrollingPane(body, overflowOf)).toBe(false);
    expect(inScrollingPane(null, overflowOf)).toBe(false);
    expect(inScrollingPane(element('BUTTON', element('HEADER', body)), overflowOf)).toBe(false);
    expect(inScrollingPane(element('BUTTON', element('DIV', body, 'hidden')), overflowOf)).toBe(false);
  });
});

describe('togglesWithSpace', () => {
  const element = (tagName: string, role: string | null = null) => ({ tagName, getAttribute: (name: string) => (name === 'role' ? role : null) });
  it.each([
    [element('INPUT'), true],
    [element('BUTTON'), false],
    [element('BUTTON', 'radio'), true],
    [element('DIV', 'switch'), true],
    [element('LI'), false],
    [null, false],
  ])('%j: %s', (target, expected) => {
    expect(togglesWithSpace(target)).toBe(expected);
  });
});

describe('command registry', () => {
  it('refuses two commands with the same id', () => {
    const command = { id: 'x', label: 'X', shortcuts: [], enabled: () => true, perform: () => {} };
    expect(() => createCommandRegistry([command, command])).toThrow(/share the id "x"/);
  });

  it('gives every app command a label, and each key to one command at a time', () => {
    for (const command of appCommands) expect(command.label.length).toBeGreaterThan(3);
    // A key may serve two commands only where they are never enabled together: / adds a timeline event in the
    // console and searches on the meetings page.
    const shared = new Map<string, string[]>();
    for (const command of appCommands) for (const shortcut of command.shortcuts) shared.set(shortcut, [...(shared.get(shortcut) ?? []), command.id]);
    expect([...shared].filter(([, ids]) => ids.length > 1)).toEqual([['/', ['quick-add', 'search-library']]]);
    const running: ClockContext = { meetingId: 'm', status: 'running', sectionCount: 3, currentIndex: 1, stepping: false, gateHeld: false };
    const routes: Route[] = [{ name: 'library' }, { name: 'followups' }, { name: 'people' }, meeting, { name: 'audience', meetingId: 'm', theme: null }];
    for (const route of routes) {
      for (const overlay of [{}, { helpOpen: true }, { prepareOpen: true }, { exportOpen: true }]) {
        const enabled = appCommands.filter((command) => command.shortcuts.includes('/') && command.enabled(context({ route, clock: running, ...overlay })));
        expect(enabled.length, `${route.name} ${JSON.stringify(overlay)}`).toBeLessThanOrEqual(1);
      }
    }
  });

  it.each([
    ['N in the library', press('n'), context(), false, 'new-meeting'],
    ['N in a meeting', press('n'), context({ route: meeting }), false, 'new-meeting'],
    ['N while typing', press('n'), context(), true, undefined],
    ['/ in a meeting', press('/'), context({ route: meeting }), false, 'quick-add'],
    ['T in a meeting', press('t'), context({ route: meeting }), false, 'quick-add'],
    ['/ in the library', press('/'), context(), false, 'search-library'],
    ['/ while typing in the library', press('/'), context(), true, undefined],
    ['/ on the follow-ups page', press('/'), context({ route: { name: 'followups' } }), false, undefined],
    ['L in a meeting (the library has no single key: it would leave the console)', press('l'), context({ route: meeting }), false, undefined],
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
    expect(appCommandRegistry.commandFor(keyPress, appContext, { typing })?.id).toBe(commandId);
  });

  it('has a renderer command for every shared command descriptor, with its id, label and shortcuts', () => {
    expect(appCommands.map((command) => command.id).sort()).toEqual(COMMAND_LIST.map((descriptor) => descriptor.id).sort());
    for (const descriptor of COMMAND_LIST) {
      const command = appCommandRegistry.get(descriptor.id);
      expect(command?.label).toBe(descriptor.label);
      expect(command?.shortcuts).toEqual(descriptor.shortcuts);
    }
  });

  const clock = (status: ClockStatus, currentIndex = 0, sectionCount = 5, extra: Partial<ClockContext> = {}): ClockContext => ({
    meetingId: 'm',
    status,
    currentIndex,
    sectionCount,
    stepping: false,
    gateHeld: false,
    ...extra,
  });
  const onConsole = (status: ClockStatus, currentIndex = 0, sectionCount = 5) => context({ route: meeting, clock: clock(status, currentIndex, sectionCount) });
  const audience: Route = { name: 'audience', meetingId: 'm', theme: null };

  it.each([
    ['Space before the start', press(' '), onConsole('not_started', -1), 'timer-start-pause'],
    ['Space while running', press(' '), onConsole('running'), 'timer-start-pause'],
    ['Space with an empty agenda', press(' '), onConsole('not_started', -1, 0), undefined],
    ['Space in the library', press(' '), context({ clock: clock('running') }), undefined],
    ['Space on the audience screen', press(' '), context({ route: audience, clock: clock('running') }), undefined],
    ['Page Down while running', press('PageDown'), onConsole('running', 1), 'timer-next'],
    ['Page Down before the start', press('PageDown'), onConsole('not_started', -1), 'timer-next'],
    ['Page Down once finished', press('PageDown'), onConsole('finished', 4), undefined],
    ['Page Down while a step is on its way', press('PageDown'), context({ route: meeting, clock: clock('running', 1, 5, { stepping: true }) }), undefined],
    ['Page Up in the first section', press('PageUp'), onConsole('running', 0), undefined],
    ['Page Up in the second section', press('PageUp'), onConsole('running', 1), 'timer-previous'],
    ['Page Up once finished', press('PageUp'), onConsole('finished', 4), 'timer-previous'],
    ['Page Up while a step is on its way', press('PageUp'), context({ route: meeting, clock: clock('running', 2, 5, { stepping: true }) }), undefined],
    ['→ while running (arrows scroll; they never change the section)', press('ArrowRight'), onConsole('running', 1), undefined],
    ['↓ while paused', press('ArrowDown'), onConsole('paused', 1), undefined],
    ['← in the second section', press('ArrowLeft'), onConsole('running', 1), undefined],
    ['↑ once finished', press('ArrowUp'), onConsole('finished', 4), undefined],
    ['P on the console', press('p'), onConsole('running', 1), 'prepare'],
    ['P in the library', press('p'), context(), undefined],
    ['Page Down with the Prepare drawer open', press('PageDown'), { ...onConsole('running', 1), prepareOpen: true }, undefined],
    ['Space with the gate confirmation open', press(' '), { ...onConsole('running', 1), gateConfirmOpen: true }, undefined],
    ['+ while running', press('+', { shiftKey: true, code: 'Equal' }), onConsole('running'), 'timer-extend-1'],
    ['= while paused', press('='), onConsole('paused'), 'timer-extend-1'],
    ['+ before the start', press('+'), onConsole('not_started', -1), undefined],
    ['- while running', press('-'), onConsole('running'), 'timer-shorten-1'],
    ['Shift and number-pad +', press('+', { shiftKey: true, code: 'NumpadAdd' }), onConsole('running'), 'timer-extend-5'],
    ['A on the console', press('a'), onConsole('not_started', -1), 'open-audience'],
    ['A in the library', press('a'), context(), undefined],
    ['? on the audience screen', press('?'), context({ route: audience }), undefined],
    ['Space with help open', press(' '), { ...onConsole('running'), helpOpen: true }, undefined],
  ])('%s runs %s', (_name, keyPress, appContext, commandId) => {
    expect(appCommandRegistry.commandFor(keyPress, appContext, { typing: false })?.id).toBe(commandId);
  });

  it('timer keys stay quiet while typing', () => {
    for (const key of [' ', 'PageDown', 'PageUp', '+', '-', 'a', 'p']) {
      expect(appCommandRegistry.commandFor(press(key), onConsole('running', 1), { typing: true })).toBeUndefined();
    }
  });

  it('Page Down and Page Up scroll a focused pane instead of changing the section; other keys still work there', () => {
    const scrolling = { typing: false, scrolling: true };
    expect(appCommandRegistry.commandFor(press('PageDown'), onConsole('running', 1), scrolling)).toBeUndefined();
    expect(appCommandRegistry.commandFor(press('PageUp'), onConsole('running', 2), scrolling)).toBeUndefined();
    expect(appCommandRegistry.commandFor(press(' '), onConsole('running', 1), scrolling)?.id).toBe('timer-start-pause');
  });

  it('Next on a gate with no decision asks before passing it, and steps otherwise', () => {
    const held = context({ route: meeting, clock: clock('running', 1, 5, { gateHeld: true }) });
    appCommandRegistry.get('timer-next')?.perform(held);
    expect(held.confirmGateOverride).toHaveBeenCalledExactlyOnceWith('next');
    expect(held.runTimer).not.toHaveBeenCalled();
  });

  it('Finish on a gate with no decision asks too, and finishes otherwise', () => {
    const held = context({ route: meeting, clock: clock('running', 1, 5, { gateHeld: true }) });
    appCommandRegistry.get('timer-finish')?.perform(held);
    expect(held.confirmGateOverride).toHaveBeenCalledExactlyOnceWith('finish');
    expect(held.runTimer).not.toHaveBeenCalled();
    const free = context({ route: meeting, clock: clock('running', 1, 5) });
    appCommandRegistry.get('timer-finish')?.perform(free);
    expect(free.runTimer).toHaveBeenCalledExactlyOnceWith('finish');
  });

  it.each([
    ['timer-start-pause', onConsole('running'), 'runTimer', 'pause'],
    ['timer-start-pause', onConsole('paused'), 'runTimer', 'start'],
    ['timer-start-pause', onConsole('not_started', -1), 'runTimer', 'start'],
    ['timer-next', onConsole('running'), 'runTimer', 'next'],
    ['timer-previous', onConsole('running', 2), 'runTimer', 'previous'],
    ['timer-restart-section', onConsole('running'), 'runTimer', 'restartSection'],
    ['timer-finish', onConsole('paused'), 'runTimer', 'finish'],
    ['timer-extend-1', onConsole('running'), 'extendTimer', 60],
    ['timer-shorten-1', onConsole('running'), 'extendTimer', -60],
    ['timer-extend-5', onConsole('running'), 'extendTimer', 300],
    ['open-audience', onConsole('running'), 'openAudience', 'm'],
  ] as const)('%s performs %s(%j)', (id, appContext, method, argument) => {
    appCommandRegistry.get(id)?.perform(appContext);
    expect(appContext[method]).toHaveBeenCalledWith(argument);
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

describe('export report command', () => {
  const ctrlE = press('e', { ctrlKey: true });

  it('Mod+E on the console opens the export dialog for that meeting, even from a text field', () => {
    const appContext = context({ route: meeting });
    const command = appCommandRegistry.commandFor(ctrlE, appContext, { typing: true });
    expect(command?.id).toBe('export-report');
    command?.perform(appContext);
    expect(appContext.openExport).toHaveBeenCalledWith('m');
  });

  it('does nothing in the library, on the audience screen or when a dialog is already open', () => {
    expect(appCommandRegistry.commandFor(ctrlE, context(), { typing: false })).toBeUndefined();
    expect(appCommandRegistry.commandFor(ctrlE, context({ route: { name: 'audience', meetingId: 'm', theme: null } }), { typing: false })).toBeUndefined();
    expect(appCommandRegistry.commandFor(ctrlE, context({ route: meeting, exportOpen: true }), { typing: false })).toBeUndefined();
    expect(appCommandRegistry.commandFor(ctrlE, context({ route: meeting, helpOpen: true }), { typing: false })).toBeUndefined();
  });

  it('while the export dialog is open, the console keys stay quiet', () => {
    const clock = { meetingId: 'm', status: 'running' as const, sectionCount: 3, currentIndex: 1, stepping: false, gateHeld: false };
    const open = context({ route: meeting, exportOpen: true, clock });
    for (const key of [press(' '), press('PageDown'), press('a'), press('/'), press('n'), press('l'), press('?')]) {
      expect(appCommandRegistry.commandFor(key, open, { typing: false })?.id, key.key).toBeUndefined();
    }
    expect(appCommandRegistry.commandFor(press(' '), { ...open, exportOpen: false }, { typing: false })?.id).toBe('timer-start-pause');
  });
});

describe('shared-screen keys (issue 14)', () => {
  const targets = ['e1', 'e2', 'e3'].map((id) => ({ kind: 'timeline_event' as const, id }));
  const screen = (fields: Partial<NonNullable<AppContext['screen']>> = {}): AppContext['screen'] => ({
    content: { kind: 'timeline' },
    focus: null,
    targets,
    pageCount: 1,
    shownPage: 0,
    ...fields,
  });
  const onScreen = (fields: Partial<NonNullable<AppContext['screen']>> = {}) => context({ route: meeting, screen: screen(fields) });

  it('J points the screen at the next item, K at the previous one', () => {
    const fromSecond = onScreen({ focus: targets[1] });
    appCommandRegistry.commandFor(press('j'), fromSecond, { typing: false })?.perform(fromSecond);
    expect(fromSecond.focusScreen).toHaveBeenCalledWith(targets[2]);
    const back = onScreen({ focus: targets[1] });
    appCommandRegistry.commandFor(press('k'), back, { typing: false })?.perform(back);
    expect(back.focusScreen).toHaveBeenCalledWith(targets[0]);
  });

  it('X lets go of the focus, and is quiet with nothing focused', () => {
    const focused = onScreen({ focus: targets[0] });
    appCommandRegistry.commandFor(press('x'), focused, { typing: false })?.perform(focused);
    expect(focused.focusScreen).toHaveBeenCalledWith(null);
    expect(appCommandRegistry.commandFor(press('x'), onScreen(), { typing: false })).toBeUndefined();
  });

  it('] and [ turn the read-back from the page the room sees, round, and only when there are pages', () => {
    const paged = onScreen({ content: { kind: 'readback' }, targets: [], pageCount: 3, shownPage: 2 });
    appCommandRegistry.commandFor(press(']'), paged, { typing: false })?.perform(paged);
    expect(paged.turnReadbackPage).toHaveBeenCalledWith(0);
    const back = onScreen({ content: { kind: 'readback' }, targets: [], pageCount: 3, shownPage: 0 });
    appCommandRegistry.commandFor(press('['), back, { typing: false })?.perform(back);
    expect(back.turnReadbackPage).toHaveBeenCalledWith(2);
    expect(appCommandRegistry.commandFor(press(']'), onScreen({ content: { kind: 'readback' }, pageCount: 1 }), { typing: false })).toBeUndefined();
  });

  it('stays quiet while typing, with a dialog open, and off the console', () => {
    expect(appCommandRegistry.commandFor(press('j'), onScreen(), { typing: true })).toBeUndefined();
    expect(appCommandRegistry.commandFor(press('j'), { ...onScreen(), helpOpen: true }, { typing: false })).toBeUndefined();
    expect(
      appCommandRegistry.commandFor(press('j'), context({ route: { name: 'audience', meetingId: 'm', theme: null }, screen: screen() }), { typing: false }),
    ).toBeUndefined();
  });
});
