import { useEffect, useMemo, useState } from 'react';
import type { BlameFinding } from '../../../shared/blameless/blame-kinds.ts';
import type * as GuardModule from '../../../shared/blameless/find-blame.ts';
import { BLAME_CHECK_DELAY_MS, findingsStillIn } from './blame-hint-state.ts';

const NONE: readonly BlameFinding[] = [];

type Guard = typeof GuardModule;
let guard: Promise<Guard> | undefined;

/**
 * The guard and its NLP library (compromise) load as their own chunk, on first use or when the browser is idle, so
 * neither the app's start nor a keystroke waits for them. The first check also warms compromise up.
 */
function loadGuard(): Promise<Guard> {
  guard ??= import('../../../shared/blameless/find-blame.ts').then((loaded) => {
    loaded.findBlame('Dana restarted the worker.');
    return loaded;
  });
  return guard;
}

function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 2_000 });
  else setTimeout(work, 200);
}

/**
 * The blame findings for `text`, computed once typing pauses for `delayMs`. The check runs in a timer, never during
 * the keystroke's render, so a note-taker typing at speed never waits on it; sentences already checked are answered
 * from the guard's cache, so a pause costs only the sentence being edited.
 */
export function useBlameFindings(text: string, delayMs: number = BLAME_CHECK_DELAY_MS): readonly BlameFinding[] {
  const [checked, setChecked] = useState<{ text: string; findings: readonly BlameFinding[] }>({ text: '', findings: NONE });
  useEffect(() => {
    whenIdle(() => {
      loadGuard().catch(() => undefined);
    });
  }, []);
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      if (text.trim() === '') {
        setChecked({ text, findings: NONE });
        return;
      }
      loadGuard()
        .then(({ findBlame }) => {
          if (current) setChecked({ text, findings: findBlame(text) });
        })
        // Without the guard there are no hints; the field itself keeps working.
        .catch(() => {
          if (current) setChecked({ text, findings: NONE });
        });
    }, delayMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text, delayMs]);
  return useMemo(() => (checked.text === text ? checked.findings : findingsStillIn(text, checked.findings)), [checked, text]);
}
