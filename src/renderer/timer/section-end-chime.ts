import type { ClockView } from '../../shared/timer/clock.ts';

/** What the console remembers between renders to notice a section running out. */
export interface ChimeWatch {
  sectionId: string | null;
  over: boolean;
}

export function chimeWatch(view: ClockView): ChimeWatch {
  return { sectionId: view.current?.id ?? null, over: view.level === 'overrun' };
}

/**
 * True exactly when the running section has just crossed zero: same section as last render, not over then, over now.
 * A window opened on a section that is already over stays quiet, and so does moving to another section.
 */
export function shouldChime(previous: ChimeWatch | null, next: ChimeWatch, view: Pick<ClockView, 'status'>, soundEnabled: boolean): boolean {
  return (
    soundEnabled &&
    view.status === 'running' &&
    previous !== null &&
    next.sectionId !== null &&
    previous.sectionId === next.sectionId &&
    !previous.over &&
    next.over
  );
}
