import type { AgendaSection } from '../../../shared/domain/agenda.ts';
import type { ClockView } from '../../../shared/timer/clock.ts';

export type SectionState = 'done' | 'current' | 'upcoming';

/** Where a section stands in the running meeting: already done, the current one, or still to come. */
export function sectionState(section: AgendaSection, index: number, view: ClockView): SectionState {
  if (view.current?.id === section.id) return 'current';
  if (view.status === 'finished' || (view.currentIndex >= 0 && index < view.currentIndex)) return 'done';
  return 'upcoming';
}
