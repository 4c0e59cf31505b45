import { useCallback, useEffect, useRef, useState } from 'react';
import { changeAuthors } from '../../app/services.ts';
import { isNoteTaker } from '../../app/viewer.ts';
import { changedByLabel } from '../../stores/change-authors.ts';

/** How long a change made elsewhere stays pointed out. */
export const CHANGED_ELSEWHERE_MS = 8_000;

/** Two versions of a text that differ only in the spaces the service trims are the same text. */
export const sameText = (a: string, b: string): boolean => a.trim() === b.trim();

export interface ChangedElsewhere {
  /** The value came from someone else's edit within the last few seconds. */
  changed: boolean;
  /** Who made it: a note-taker's name, "the facilitator", or "someone else". */
  by: string;
  /** Tells the hook what this window itself is writing, so its own change coming back is not pointed out. */
  own(value: string): void;
}

/**
 * Two people can edit one item: the last write wins. This says when the value shown changed to something this window
 * did not write, so whoever was overwritten sees that it happened.
 */
export function useChangedElsewhere(value: string, itemId: string): ChangedElsewhere {
  const mine = useRef(value);
  const [changedAt, setChangedAt] = useState<number | null>(null);
  const [by, setBy] = useState('someone else');

  useEffect(() => {
    if (sameText(value, mine.current)) return;
    mine.current = value;
    setBy(changedByLabel(changeAuthors.of(itemId), isNoteTaker()));
    setChangedAt(Date.now());
  }, [value, itemId]);

  useEffect(() => {
    if (changedAt === null) return;
    const timer = setTimeout(() => setChangedAt(null), CHANGED_ELSEWHERE_MS);
    return () => clearTimeout(timer);
  }, [changedAt]);

  const own = useCallback((next: string) => {
    mine.current = next;
  }, []);

  return { changed: changedAt !== null, by, own };
}
