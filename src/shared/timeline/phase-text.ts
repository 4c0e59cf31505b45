import { TIMELINE_PHASES, type TimelinePhase } from '../domain/timeline.ts';

/** A phase name in any letter case, or null if it is not one of the six. */
export function phaseFromText(text: string): TimelinePhase | null {
  const lower = text.trim().toLowerCase();
  return TIMELINE_PHASES.find((phase) => phase === lower) ?? null;
}

export const PHASE_LIST_TEXT = TIMELINE_PHASES.join(', ');
