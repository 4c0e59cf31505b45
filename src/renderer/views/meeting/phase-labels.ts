import type { TimelinePhase } from '../../../shared/domain/timeline.ts';

export const PHASE_LABELS: Readonly<Record<TimelinePhase, string>> = {
  trigger: 'Trigger',
  detection: 'Detection',
  response: 'Response',
  mitigation: 'Mitigation',
  resolution: 'Resolution',
  other: 'Other',
};
