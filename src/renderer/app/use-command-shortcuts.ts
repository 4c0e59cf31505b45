import { useEffect } from 'react';
import { appCommandRegistry } from '../commands/app-commands.ts';
import { inScrollingPane, isTypingTarget, togglesWithSpace } from '../commands/typing-target.ts';
import { currentAppContext, performCommand } from './app-context.ts';
import { apiClient } from './services.ts';

/**
 * Sends key presses anywhere in the window to the command registry, and performs the commands the desktop app's
 * menu sends: the same command objects either way.
 */
export function useCommandShortcuts(): void {
  useEffect(() => {
    /** A Space press the registry took; its keyup must not press the focused button as well. */
    let tookSpace = false;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || event.repeat) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      if (event.key === ' ' && togglesWithSpace(target)) return;
      const typing = isTypingTarget(target);
      const context = currentAppContext();
      const scrolling = inScrollingPane(target, (element) => getComputedStyle(element as unknown as Element).overflowY);
      const command = appCommandRegistry.commandFor(event, context, { typing, scrolling });
      if (!command) return;
      event.preventDefault();
      if (event.key === ' ') tookSpace = true;
      command.perform(context);
    };
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.key !== ' ' || !tookSpace) return;
      tookSpace = false;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('keyup', onKeyUp);
    const stopListening = apiClient.subscribe((event) => {
      if (event.event !== 'command') return;
      const command = appCommandRegistry.get(event.payload.commandId);
      if (command) performCommand(command);
    });
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keyup', onKeyUp);
      stopListening();
    };
  }, []);
}
