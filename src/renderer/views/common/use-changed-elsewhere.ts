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
  const [change, setChange] = useState<{ by: string; at: number } | null>(null);

  useEffect(() => {
    if (sameText(value, mine.current)) return;
    mine.current = value;
    setChange({ by: whoChanged(itemId), at: Date.now() });
  }, [value, itemId]);

  useEffect(() => {
    if (change === null) return;
    const timer = setTimeout(() => setChange(null), CHANGED_ELSEWHERE_MS);
    return () => clearTimeout(timer);
  }, [change]);

  const own = useCallback((next: string) => {
    mine.current = next;
  }, []);

  return { changed: change !== null, by: change?.by ?? 'someone else', own };
}

/** Who made the last change heard of to an item, as this viewer would name them. */
export function whoChanged(itemId: string): string {
  return changedByLabel(changeAuthors.of(itemId), isNoteTaker());
}
