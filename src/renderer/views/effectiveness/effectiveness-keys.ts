import { EFFECTIVENESS_OUTCOMES, type EffectivenessOutcome } from '../../../shared/domain/effectiveness.ts';

/** What a key press in the effectiveness panel does; typing in the note only moves between items (Alt+arrows). */
export type EffectivenessKeyAction =
  { kind: 'next' } | { kind: 'previous' } | { kind: 'done'; done: boolean } | { kind: 'outcome'; outcome: EffectivenessOutcome } | null;

export interface KeyPress {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  /** Whether the focus is in a text field, where letters and digits are typing. */
  typing: boolean;
}

/** Alt+↓ / Alt+↑ next and previous item; D done, N not done, 1–4 whether it worked (in the order of the choices). */
export function effectivenessKeyAction({ key, altKey, ctrlKey, metaKey, typing }: KeyPress): EffectivenessKeyAction {
  if (ctrlKey || metaKey) return null;
  if (altKey && key === 'ArrowDown') return { kind: 'next' };
  if (altKey && key === 'ArrowUp') return { kind: 'previous' };
  if (altKey || typing) return null;
  const lower = key.toLowerCase();
  if (lower === 'd') return { kind: 'done', done: true };
  if (lower === 'n') return { kind: 'done', done: false };
  const index = ['1', '2', '3', '4'].indexOf(key);
  const outcome = EFFECTIVENESS_OUTCOMES[index];
  return outcome === undefined ? null : { kind: 'outcome', outcome };
}
