import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/**
 * Body type sizes on the shared screen, in --u (1% of the width of a 16:9 picture), largest first. 1.5 --u is 28.8 px
 * at 1920×1080, the smallest the back of a room reads (issue 14).
 */
export const TYPE_STEPS = [2.2, 2, 1.8, 1.65, 1.5] as const;
const SMALLEST = TYPE_STEPS[TYPE_STEPS.length - 1] ?? 1.5;

export interface Fit {
  /** The layout variant shown: 0 is the fullest; each next one shows less (fewer neighbours, one branch). */
  variant: number;
  /** The body type size in --u at which it fits. */
  step: number;
  /** False only when even the last variant at the smallest type overflows. */
  fits: boolean;
}

function overflows(box: HTMLElement): boolean {
  return box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1;
}

/** The largest step at which the box's content fits, trying each by setting --fit; left set to it (or the smallest). */
function fitSteps(box: HTMLElement): number | null {
  for (const step of TYPE_STEPS) {
    box.style.setProperty('--fit', String(step));
    if (!overflows(box)) return step;
  }
  return null;
}

/**
 * Fits content to its box before it is painted: tries the fullest variant at each type step, largest first, then the
 * next variant, and keeps the first that fits. Type steps are set as the box's `--fit` (read by its CSS), so only a
 * change of variant renders again. `contentKey` names what is shown; when it changes, or the box is resized, fitting
 * starts again from the fullest variant.
 */
export function useFit(box: RefObject<HTMLElement | null>, variants: number, contentKey: string): Fit {
  const [resized, setResized] = useState(0);
  const key = `${contentKey}|${resized}|${variants}`;
  const [fit, setFit] = useState<Fit & { key: string }>({ key, variant: 0, step: TYPE_STEPS[0], fits: true });
  const current = fit.key === key ? fit : { key, variant: 0, step: TYPE_STEPS[0], fits: true };
  const measured = useRef('');

  useLayoutEffect(() => {
    const element = box.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    let last = `${element.clientWidth}x${element.clientHeight}`;
    const observer = new ResizeObserver(() => {
      const size = `${element.clientWidth}x${element.clientHeight}`;
      if (size === last) return;
      last = size;
      setResized((count) => count + 1);
    });
    observer.observe(element);
    void document.fonts?.ready.then(() => setResized((count) => count + 1));
    return () => observer.disconnect();
  }, [box]);

  const { variant } = current;
  useLayoutEffect(() => {
    const element = box.current;
    const attempt = `${key}|${variant}`;
    if (!element || measured.current === attempt) return;
    measured.current = attempt;
    const step = fitSteps(element);
    const next =
      step !== null
        ? { key, variant, step, fits: true }
        : variant + 1 < variants
          ? { key, variant: variant + 1, step: TYPE_STEPS[0], fits: true }
          : { key, variant, step: SMALLEST, fits: false };
    setFit((previous) =>
      previous.key === next.key && previous.variant === next.variant && previous.step === next.step && previous.fits === next.fits ? previous : next,
    );
  }, [box, key, variant, variants]);

  return { variant: current.variant, step: current.step, fits: current.fits };
}
