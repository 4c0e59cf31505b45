import type { AppContext } from '../commands/app-commands.ts';
import { navigate } from '../routing/use-route.ts';
import { parseRoute } from '../routing/routes.ts';
import { timelineStore, uiStore } from './services.ts';

/** The command context as it is right now, read from the plain stores so it is never stale. */
export function currentAppContext(): AppContext {
  const ui = uiStore.getState();
  const timeline = timelineStore.getState();
  return {
    route: parseRoute(window.location.hash),
    helpOpen: ui.helpOpen,
    canUndoDelete: timeline.lastDeleted !== null,
    navigate,
    openHelp: ui.openHelp,
    closeHelp: ui.closeHelp,
    requestFocus: ui.requestFocus,
    undoDelete: timeline.undoRemove,
  };
}

export function performCommand(command: { enabled(context: AppContext): boolean; perform(context: AppContext): void }): void {
  const context = currentAppContext();
  if (command.enabled(context)) command.perform(context);
}
