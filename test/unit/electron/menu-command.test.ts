import { describe, expect, it, vi } from 'vitest';
import type { EventReceiver } from '../../../src/main/electron/change-forwarding.ts';
import { commandReceiver, sendMenuCommand } from '../../../src/main/electron/menu-command.ts';
import { IPC_EVENT_CHANNEL } from '../../../src/shared/api/bridge.ts';

const TRUSTED = ['app://debrief', 'http://localhost:5173'];

function receiver(url: string, destroyed = false) {
  return { isDestroyed: () => destroyed, getURL: () => url, send: vi.fn<EventReceiver['send']>() };
}

describe('sendMenuCommand', () => {
  it('sends exactly the command event on the event channel to a trusted page', () => {
    const page = receiver('app://debrief/index.html#/meetings/x');
    expect(sendMenuCommand(page, 'timer-next', TRUSTED)).toBe(true);
    expect(page.send).toHaveBeenCalledExactlyOnceWith(IPC_EVENT_CHANNEL, { event: 'command', payload: { commandId: 'timer-next' } });
  });

  it('sends nothing without a focused window, to a destroyed one, or to a page on another origin', () => {
    expect(sendMenuCommand(null, 'help', TRUSTED)).toBe(false);
    expect(sendMenuCommand(undefined, 'help', TRUSTED)).toBe(false);
    for (const page of [receiver('app://debrief/index.html', true), receiver('https://example.com/'), receiver('')]) {
      expect(sendMenuCommand(page, 'help', TRUSTED)).toBe(false);
      expect(page.send).not.toHaveBeenCalled();
    }
  });
});

describe('commandReceiver', () => {
  const consoleWindow = receiver('app://debrief/index.html#/meetings/0b7e4c39-3f5c-4d3c-9a52-5b0b8f1f2c11');
  const audience = receiver('app://debrief/index.html#/meetings/0b7e4c39-3f5c-4d3c-9a52-5b0b8f1f2c11/audience?theme=dark');

  it('hands the command to the focused window when it is not the audience screen', () => {
    const library = receiver('app://debrief/index.html#/');
    expect(commandReceiver(library, consoleWindow)).toBe(library);
  });

  it('sends commands chosen while the audience screen has focus to the console instead', () => {
    expect(commandReceiver(audience, consoleWindow)).toBe(consoleWindow);
  });

  it('falls back to the console without a focused window, and to nothing when the console is gone', () => {
    expect(commandReceiver(null, consoleWindow)).toBe(consoleWindow);
    expect(commandReceiver(audience, receiver('app://debrief/index.html', true))).toBeNull();
    expect(commandReceiver(undefined, null)).toBeNull();
  });
});
