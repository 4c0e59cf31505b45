/** The parts of a keydown a shortcut is matched against. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  /** The physical key ("Equal", "NumpadAdd"), where known. */
  code?: string;
}

export interface ParsedShortcut {
  key: string;
  mod: boolean;
  alt: boolean;
  shift: boolean;
}

/** Key names that stand for a character which cannot be written literally in a shortcut string. */
const NAMED_KEYS: Readonly<Record<string, string>> = { Plus: '+', Space: ' ' };

/**
 * "N", "/", "?", "Escape", "Mod+Z", "Shift+Mod+Z", "Space", "Shift+Plus". Mod is Ctrl, or Cmd on a Mac.
 * Letters ignore case; punctuation is matched by the character produced, so "?" needs no "Shift+".
 */
export function parseShortcut(shortcut: string): ParsedShortcut {
  const parts = shortcut.split('+');
  const written = parts.length > 1 && parts.at(-1) === '' ? '+' : (parts.at(-1) ?? '');
  const key = NAMED_KEYS[written] ?? written;
  const modifiers = new Set(parts.slice(0, -1).map((part) => part.toLowerCase()));
  return { key, mod: modifiers.has('mod'), alt: modifiers.has('alt'), shift: modifiers.has('shift') };
}

const isLetter = (key: string) => key.length === 1 && key.toLowerCase() !== key.toUpperCase();

/**
 * Whether Shift was held on top of what it takes to type the character. On the main keys Shift is often how a symbol
 * is typed ("+" is Shift+= on a US keyboard), so it cannot mean more there; number-pad keys type the same with or
 * without it, so there "Shift++" is a distinct press.
 */
const shiftIsExtra = (press: KeyPress) => press.shiftKey && (press.code?.startsWith('Numpad') ?? false);

export function shortcutMatches(shortcut: string, press: KeyPress): boolean {
  const wanted = parseShortcut(shortcut);
  const mod = press.ctrlKey || press.metaKey;
  if (wanted.mod !== mod || wanted.alt !== press.altKey) return false;
  if (wanted.key.length === 1 && wanted.key !== ' ' && !isLetter(wanted.key)) {
    // Typing "?" or "/" needs Shift on some layouts and not on others; the produced character is what counts.
    return press.key === wanted.key && wanted.shift === shiftIsExtra(press);
  }
  if (wanted.shift !== press.shiftKey) return false;
  return isLetter(wanted.key) ? press.key.toLowerCase() === wanted.key.toLowerCase() : press.key === wanted.key;
}

const SHOWN_KEYS: Readonly<Record<string, string>> = {
  Escape: 'Esc',
  ' ': 'Space',
  ArrowLeft: '←',
  ArrowRight: '→',
  ArrowUp: '↑',
  ArrowDown: '↓',
  PageDown: 'Page Down',
  PageUp: 'Page Up',
};

/** How to show a shortcut in help and tooltips: "Ctrl+Z", or "⌘Z" on a Mac. */
export function shortcutLabel(shortcut: string, isMac: boolean): string {
  const { key, mod, alt, shift } = parseShortcut(shortcut);
  const shown = SHOWN_KEYS[key] ?? (key.length === 1 ? key.toUpperCase() : key);
  if (isMac) return `${shift ? '⇧' : ''}${alt ? '⌥' : ''}${mod ? '⌘' : ''}${shown}`;
  return [mod ? 'Ctrl' : '', alt ? 'Alt' : '', shift ? 'Shift' : '', shown].filter(Boolean).join('+');
}
