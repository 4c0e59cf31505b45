import { useEffect } from 'react';
import { appCommandRegistry } from '../commands/app-commands.ts';
import { isTypingTarget } from '../commands/typing-target.ts';
import { currentAppContext } from './app-context.ts';

/** Sends key presses anywhere in the window to the command registry. */
export function useCommandShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || event.repeat) return;
      const typing = isTypingTarget(event.target instanceof HTMLElement ? event.target : null);
      const context = currentAppContext();
      const command = appCommandRegistry.commandFor(event, context, typing);
      if (!command) return;
      event.preventDefault();
      command.perform(context);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
