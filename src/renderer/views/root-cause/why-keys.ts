import type { CauseKind } from '../../../shared/domain/whys.ts';

export type WhyKeyAction =
  | { type: 'add-sibling' }
  | { type: 'add-child' }
  | { type: 'outdent' }
  | { type: 'focus'; direction: -1 | 1 }
  | { type: 'move'; direction: -1 | 1 }
  | { type: 'delete-empty' }
  | { type: 'kind'; kind: CauseKind };

export interface WhyKeyPress {
  key: string;
  /** The physical key, so Alt+R means "root" on every keyboard layout and on macOS (where Alt+R types ®). */
  code: string;
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

const KIND_CODES: Readonly<Record<string, CauseKind>> = {
  KeyR: 'root',
  KeyC: 'contributing',
  KeyS: 'symptom',
  KeyU: 'unclassified',
};

/** The keys whyKeyAction answers, for the shortcut help: [keys, what they do in a why's text]. */
export const WHY_KEY_HELP: readonly (readonly [string, string])[] = [
  ['Enter', 'Add the next why at the same level'],
  ['Tab', 'Ask why of this answer: add a why under it'],
  ['Shift+Tab', 'Move this why out one level'],
  ['↑ ↓', 'Move to the why above or below'],
  ['Alt+↑ Alt+↓', 'Move this why up or down among its siblings'],
  ['Alt+R', 'Mark it as a root cause'],
  ['Alt+C', 'Mark it as a contributing factor'],
  ['Alt+S', 'Mark it as a symptom'],
  ['Alt+U', 'Take its kind away (unclassified)'],
  ['Backspace', 'In an empty why with nothing under it: remove it'],
];

/**
 * What a key pressed in a node's text does: Enter adds a sibling, Tab a child, Shift+Tab outdents, arrows move the
 * focus (with Alt, the node among its siblings), Alt+R / C / S / U classify, Backspace in an empty leaf removes it.
 */
export function whyKeyAction(press: WhyKeyPress, context: { empty: boolean; hasChildren: boolean }): WhyKeyAction | null {
  if (press.ctrlKey || press.metaKey) return null;
  if (press.altKey && !press.shiftKey) {
    const kind = KIND_CODES[press.code];
    if (kind) return { type: 'kind', kind };
    if (press.key === 'ArrowUp') return { type: 'move', direction: -1 };
    if (press.key === 'ArrowDown') return { type: 'move', direction: 1 };
    return null;
  }
  if (press.altKey) return null;
  if (press.key === 'Enter' && !press.shiftKey) return { type: 'add-sibling' };
  if (press.key === 'Tab') return press.shiftKey ? { type: 'outdent' } : { type: 'add-child' };
  if (press.shiftKey) return null;
  if (press.key === 'ArrowUp') return { type: 'focus', direction: -1 };
  if (press.key === 'ArrowDown') return { type: 'focus', direction: 1 };
  if (press.key === 'Backspace' && context.empty && !context.hasChildren) return { type: 'delete-empty' };
  return null;
}
