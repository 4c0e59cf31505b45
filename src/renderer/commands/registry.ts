import { shortcutMatches, type KeyPress } from './shortcut.ts';

/** One user command: menus, buttons, the help list and the keyboard all go through this object. */
export interface Command<Context> {
  id: string;
  label: string;
  /** Shown in the help list and matched against key presses; the first is the one shown. */
  shortcuts: readonly string[];
  /** Whether the command makes sense right now; a disabled command ignores its shortcut. */
  enabled(context: Context): boolean;
  perform(context: Context): void;
  /** Single-key shortcuts must not fire while someone types in a text field; Escape and Mod+ keys may. */
  whileTyping?: boolean;
  /**
   * Its keys also scroll (Page Down, Page Up): they are left to the page while the focus is in a pane that scrolls,
   * so scrolling a pane never performs the command.
   */
  notWhileScrolling?: boolean;
}

/** Where the focus is when a key is pressed. */
export interface KeyFocus {
  /** In a text field. */
  typing: boolean;
  /** In a pane that scrolls (or on an element inside one). */
  scrolling?: boolean;
}

export interface CommandRegistry<Context> {
  readonly commands: readonly Command<Context>[];
  get(id: string): Command<Context> | undefined;
  /** The enabled command a key press triggers, if any. */
  commandFor(press: KeyPress, context: Context, focus: KeyFocus): Command<Context> | undefined;
}

export function createCommandRegistry<Context>(commands: readonly Command<Context>[]): CommandRegistry<Context> {
  const byId = new Map<string, Command<Context>>();
  for (const command of commands) {
    if (byId.has(command.id)) throw new Error(`Two commands share the id "${command.id}"`);
    byId.set(command.id, command);
  }
  return {
    commands,
    get: (id) => byId.get(id),
    commandFor(press, context, { typing, scrolling = false }) {
      return commands.find(
        (command) =>
          (!typing || command.whileTyping === true) &&
          (!scrolling || command.notWhileScrolling !== true) &&
          command.shortcuts.some((shortcut) => shortcutMatches(shortcut, press)) &&
          command.enabled(context),
      );
    },
  };
}
