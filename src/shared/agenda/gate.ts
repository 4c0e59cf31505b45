import type { AgendaSection } from '../domain/agenda.ts';
import type { ClockStatus } from '../timer/clock.ts';

/**
 * Whether a review gate holds Next: the meeting is under way, the current section is gated, and it has neither an
 * approve / revise decision nor a recorded override. The service refuses the step by this rule and the console
 * shows why Next is held by the same one.
 */
export function gateHolds(current: AgendaSection | null | undefined, status: ClockStatus): boolean {
  if (!current || status === 'not_started' || status === 'finished') return false;
  return current.gated && current.decision === null && current.gateOverriddenAt === null;
}
