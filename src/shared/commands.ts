/**
 * Every user command's identity: id, label, keyboard shortcuts and the menu it appears in. The renderer's command
 * registry adds when each is enabled and what it does; the desktop app's menu is built from the same list, so a
 * menu item, a button and a shortcut are always the same command.
 */
export interface CommandDescriptor {
  id: string;
  label: string;
  /** Shown in menus and the help list, matched against key presses; the first is the one shown. */
  shortcuts: readonly string[];
  /** Where the desktop menu lists it; null for commands only reachable in the page. */
  menu: 'file' | 'meeting' | 'view' | 'help' | null;
}

export const COMMANDS = {
  newMeeting: { id: 'new-meeting', label: 'New meeting', shortcuts: ['N'], menu: 'file' },
  // No single key: a stray key press must not leave the meeting console.
  library: { id: 'library', label: 'All meetings', shortcuts: [], menu: 'file' },
  exportReport: { id: 'export-report', label: 'Export report…', shortcuts: ['Mod+E'], menu: 'file' },
  quickAdd: { id: 'quick-add', label: 'Add a timeline event', shortcuts: ['/', 'T'], menu: 'meeting' },
  // The same key on the meetings page, where there is no timeline to add to.
  searchLibrary: { id: 'search-library', label: 'Search all reviews', shortcuts: ['/'], menu: null },
  undoDelete: { id: 'undo-delete', label: 'Undo the last delete or import', shortcuts: ['Mod+Z', 'U'], menu: null },
  startPause: { id: 'timer-start-pause', label: 'Start or pause the timer', shortcuts: ['Space'], menu: 'meeting' },
  // Presenter clickers send Page Down / Page Up. Arrow keys scroll and move within lists, so they never change the section.
  nextSection: { id: 'timer-next', label: 'Next section', shortcuts: ['PageDown'], menu: 'meeting' },
  previousSection: { id: 'timer-previous', label: 'Previous section', shortcuts: ['PageUp'], menu: 'meeting' },
  extendOne: { id: 'timer-extend-1', label: 'Add 1 minute', shortcuts: ['+', '='], menu: 'meeting' },
  shortenOne: { id: 'timer-shorten-1', label: 'Take away 1 minute', shortcuts: ['-'], menu: 'meeting' },
  extendFive: { id: 'timer-extend-5', label: 'Add 5 minutes', shortcuts: ['Shift+Plus', 'Shift+='], menu: 'meeting' },
  restartSection: { id: 'timer-restart-section', label: 'Restart this section', shortcuts: [], menu: 'meeting' },
  finishMeeting: { id: 'timer-finish', label: 'Finish the meeting', shortcuts: [], menu: 'meeting' },
  prepare: { id: 'prepare', label: 'Prepare: agenda, facts, templates, joining', shortcuts: ['P'], menu: 'meeting' },
  openAudience: { id: 'open-audience', label: 'Open the audience screen', shortcuts: ['A'], menu: 'view' },
  // The shared screen follows the facilitator: J and K point it at the next or previous item of the section.
  screenNext: { id: 'screen-focus-next', label: 'Show the next item on the shared screen', shortcuts: ['J'], menu: 'view' },
  screenPrevious: { id: 'screen-focus-previous', label: 'Show the previous item on the shared screen', shortcuts: ['K'], menu: 'view' },
  screenClear: { id: 'screen-focus-clear', label: 'Show the whole list on the shared screen again', shortcuts: ['X'], menu: 'view' },
  readbackNext: { id: 'readback-page-next', label: 'Turn the read-back to the next page', shortcuts: [']'], menu: 'view' },
  readbackPrevious: { id: 'readback-page-previous', label: 'Turn the read-back to the previous page', shortcuts: ['['], menu: 'view' },
  help: { id: 'help', label: 'Keyboard shortcuts', shortcuts: ['?'], menu: 'help' },
  close: { id: 'close', label: 'Close this panel', shortcuts: ['Escape'], menu: null },
} as const satisfies Record<string, CommandDescriptor>;

export type CommandId = (typeof COMMANDS)[keyof typeof COMMANDS]['id'];

export const COMMAND_LIST: readonly CommandDescriptor[] = Object.values(COMMANDS);
