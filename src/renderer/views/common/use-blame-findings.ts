import { useEffect, useMemo, useState } from 'react';
import { findBlame, type BlameFinding } from '../../../shared/blameless.ts';
import { BLAME_CHECK_DELAY_MS, findingsStillIn } from './blame-hint-state.ts';

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
  return useMemo(() => (checked.text === text ? checked.findings : findingsStillIn(text, checked.findings)), [checked, text]);
}
