import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** Body type sizes on the shared screen, in --u (1% of the width of a 16:9 picture), largest first. 1.5 --u is 28.8 px
 * at 1920×1080, the smallest the back of a room reads (issue 14). */
export const TYPE_STEPS = [2.2, 2, 1.8, 1.65, 1.5] as const;

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

/**
 * Fits content to its box before it is painted: tries the fullest variant at each type step, largest first, then the
 * next variant, and keeps the first that fits. Type steps are set as the box's `--fit` (read by its CSS), so only a
 * change of variant renders again. `contentKey` names what is shown; when it changes, or the box is resized, fitting
 * starts again from the fullest variant.
 */
export function useFit(box: RefObject<HTMLElement | null>, variants: number, contentKey: string): Fit {
  const [resized, setResized] = useState(0);
  const [fit, setFit] = useState<Fit & { key: string }>({ key: contentKey, variant: 0, step: TYPE_STEPS[0], fits: true });
  const key = `${contentKey}|${resized}|${variants}`;
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

  useLayoutEffect(() => {
    const element = box.current;
    const attempt = `${key}|${current.variant}`;
    if (!element || measured.current === attempt) return;
    measured.current = attempt;
    const found = TYPE_STEPS.find((step) => {
      element.style.setProperty('--fit', String(step));
      return !overflows(element);
    });
    if (found !== undefined) {
      if (fit.key !== key || fit.step !== found || !fit.fits || fit.variant !== current.variant) setFit({ key, variant: current.variant, step: found, fits: true });
      return;
    }
    if (current.variant + 1 < variants) setFit({ key, variant: current.variant + 1, step: TYPE_STEPS[0], fits: true });
    else if (fit.key !== key || fit.fits) setFit({ key, variant: current.variant, step: TYPE_STEPS.at(-1) ?? 1.5, fits: false });
  });

  return { variant: current.variant, step: current.step, fits: current.fits };
}
