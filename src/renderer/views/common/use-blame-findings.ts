import { useEffect, useState } from 'react';
import { findBlame, type BlameFinding } from '../../../shared/blameless.ts';
import { BLAME_CHECK_DELAY_MS } from './blame-hint-state.ts';

const NONE: readonly BlameFinding[] = [];

/**
 * The blame findings for `text`, computed once typing pauses for `delayMs`. The check runs in a timer, never during
 * the keystroke's render, so a note-taker typing at speed never waits on it.
 */
export function useBlameFindings(text: string, delayMs: number = BLAME_CHECK_DELAY_MS): readonly BlameFinding[] {
  const [checked, setChecked] = useState<{ text: string; findings: readonly BlameFinding[] }>({ text: '', findings: NONE });
  useEffect(() => {
    const timer = setTimeout(() => setChecked({ text, findings: text.trim() === '' ? NONE : findBlame(text) }), delayMs);
    return () => clearTimeout(timer);
  }, [text, delayMs]);
  // Cleared at once when the field is emptied (after a submit), rather than lingering for the delay.
  return text.trim() === '' ? NONE : checked.findings;
}
