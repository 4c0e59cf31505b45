import type { TimelinePhase } from '../../../shared/domain/timeline.ts';
import { PHASE_LABELS } from '../../../shared/domain/timeline.ts';

/** The phase as a small coloured label; the colour only repeats the word, so it reads the same without colour. */
export function PhaseBadge({ phase }: { phase: TimelinePhase }) {
  return <span className={`phase-badge phase-badge--${phase}`}>{PHASE_LABELS[phase]}</span>;
}
