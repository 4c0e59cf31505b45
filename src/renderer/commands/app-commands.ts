import type { Route } from '../routing/routes.ts';
import type { FocusTarget } from '../stores/ui-store.ts';
import { createCommandRegistry, type Command } from './registry.ts';

/** What commands may look at and do; built fresh from the stores for every key press or click. */
export interface AppContext {
  route: Route;
  helpOpen: boolean;
  canUndoDelete: boolean;
  navigate(route: Route): void;
  openHelp(): void;
  closeHelp(): void;
  requestFocus(target: FocusTarget): void;
  undoDelete(): void;
}

export const newMeetingCommand: Command<AppContext> = {
  id: 'new-meeting',
  label: 'New meeting',
  shortcuts: ['N'],
  enabled: (context) => !context.helpOpen,
  perform(context) {
    if (context.route.name !== 'library') context.navigate({ name: 'library' });
    context.requestFocus('new-meeting');
  },
};

export const quickAddCommand: Command<AppContext> = {
  id: 'quick-add',
  label: 'Add a timeline event',
  shortcuts: ['/', 'T'],
  enabled: (context) => !context.helpOpen && context.route.name === 'meeting',
  perform: (context) => context.requestFocus('quick-add'),
};

export const libraryCommand: Command<AppContext> = {
  id: 'library',
  label: 'Back to all meetings',
  shortcuts: ['L'],
  enabled: (context) => !context.helpOpen && context.route.name !== 'library',
  perform: (context) => context.navigate({ name: 'library' }),
};

export const undoDeleteCommand: Command<AppContext> = {
  id: 'undo-delete',
  label: 'Undo the last delete',
  shortcuts: ['Mod+Z', 'U'],
  enabled: (context) => !context.helpOpen && context.canUndoDelete,
  perform: (context) => context.undoDelete(),
};

export const helpCommand: Command<AppContext> = {
  id: 'help',
  label: 'Show keyboard shortcuts',
  shortcuts: ['?'],
  enabled: (context) => !context.helpOpen,
  perform: (context) => context.openHelp(),
};

export const closeCommand: Command<AppContext> = {
  id: 'close',
  label: 'Close this panel',
  shortcuts: ['Escape'],
  enabled: (context) => context.helpOpen,
  perform: (context) => context.closeHelp(),
};

export const appCommands = [
  newMeetingCommand,
  quickAddCommand,
  libraryCommand,
  undoDeleteCommand,
  helpCommand,
  closeCommand,
] as const satisfies readonly Command<AppContext>[];

export const appCommandRegistry = createCommandRegistry<AppContext>(appCommands);
