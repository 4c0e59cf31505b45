/** Our shortcut modifiers (src/shared/commands.ts) as Electron accelerator modifiers. */
const MODIFIERS: Readonly<Record<string, string>> = {
  Mod: 'CommandOrControl',
  Ctrl: 'Control',
  Control: 'Control',
  Alt: 'Alt',
  Meta: 'Super',
  Shift: 'Shift',
};

/** Key names that differ between KeyboardEvent.key and Electron's accelerator syntax. */
const KEYS: Readonly<Record<string, string>> = {
  ArrowUp: 'Up',
  ArrowDown: 'Down',
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
  Space: 'Space',
  ' ': 'Space',
  '+': 'Plus',
  Plus: 'Plus',
  Escape: 'Escape',
  Enter: 'Enter',
  Tab: 'Tab',
  Backspace: 'Backspace',
  Delete: 'Delete',
  Home: 'Home',
  End: 'End',
  PageUp: 'PageUp',
  PageDown: 'PageDown',
};

const PUNCTUATION = new Set([...'=-/?.,;:\'"`~!@#$%^&*()[]{}\\|<>_']);

function acceleratorKey(key: string): string | null {
  const named = KEYS[key];
  if (named !== undefined) return named;
  if (/^[a-z0-9]$/i.test(key)) return key.toUpperCase();
  if (/^F([1-9]|1[0-9]|2[0-4])$/.test(key)) return key;
  return PUNCTUATION.has(key) ? key : null;
}

/** "Mod+Shift+Z" -> modifiers and key; a lone "+" (or a trailing "++") is the plus key, not a separator. */
function split(shortcut: string): { modifiers: string[]; key: string } {
  if (shortcut === '+') return { modifiers: [], key: '+' };
  const plusKey = shortcut.endsWith('++');
  const parts = (plusKey ? shortcut.slice(0, -2) : shortcut).split('+');
  if (plusKey) return { modifiers: parts, key: '+' };
  return { modifiers: parts.slice(0, -1), key: parts.at(-1) ?? '' };
}

/**
 * One of our shortcut strings ("Mod+Z", "ArrowRight", "Shift+=", "+") in Electron's accelerator syntax
 * ("CommandOrControl+Z", "Right", "Shift+=", "Plus"), or null when it has no accelerator equivalent.
 */
export function toAccelerator(shortcut: string): string | null {
  const { modifiers, key } = split(shortcut);
  const converted = modifiers.map((modifier) => MODIFIERS[modifier]);
  const acceleratorKeyName = acceleratorKey(key);
  if (acceleratorKeyName === null || converted.some((modifier) => modifier === undefined)) return null;
  if (new Set(converted).size !== converted.length) return null;
  return [...converted, acceleratorKeyName].join('+');
}

/**
 * True when pressing the shortcut in a text field would type something or move the caret: no modifier at all, or
 * Shift only. Such a key must never be claimed by the menu, or nobody could type it.
 */
export function isTypingShortcut(shortcut: string): boolean {
  return split(shortcut).modifiers.every((modifier) => modifier === 'Shift');
}
