import { checkKey } from '../actions/checks.ts';

/** What a dismissed check's key names, when it names one thing: an action item, a why node or a note, by id. */
export interface CheckKeyTarget {
  kind: 'action' | 'why' | 'note';
  id: string;
  /** The same key for another id of the same thing. */
  withId(id: string): string;
}

const ACTION_KEYS = [
  ['missing-owner:', checkKey.missingOwner],
  ['missing-due-date:', checkKey.missingDueDate],
  ['past-due:', checkKey.pastDue],
  ['vague:', checkKey.vague],
] as const;
const WHY_PREFIX = 'unaddressed-cause:';
const NOTE_PREFIX = 'unaddressed-finding:';

/** The thing a key names (see checkKey in src/shared/actions/checks.ts), or null for a key about the whole list. */
export function checkKeyTarget(key: string): CheckKeyTarget | null {
  for (const [prefix, build] of ACTION_KEYS) {
    if (key.startsWith(prefix)) return { kind: 'action', id: key.slice(prefix.length), withId: build };
  }
  if (key.startsWith(WHY_PREFIX)) return { kind: 'why', id: key.slice(WHY_PREFIX.length), withId: checkKey.unaddressedCause };
  if (key.startsWith(NOTE_PREFIX)) return { kind: 'note', id: key.slice(NOTE_PREFIX.length), withId: checkKey.unaddressedFinding };
  return null;
}
