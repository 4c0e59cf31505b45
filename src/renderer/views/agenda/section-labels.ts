import type { GateDecision, SectionKind } from '../../../shared/domain/agenda.ts';

export const SECTION_KIND_LABELS: Readonly<Record<SectionKind, string>> = {
  opening: 'Opening',
  summary: 'Summary',
  timeline: 'Timeline',
  root_cause: 'Root cause',
  went_well: 'What went well',
  could_improve: 'What could improve',
  action_items: 'Action items',
  responsibilities: 'Responsibilities',
  closing: 'Closing',
  perspective: 'Perspective',
  contributing_factors: 'Contributing factors',
  symptoms_vs_causes: 'Symptoms vs causes',
  triage: 'Triage',
  mitigation: 'Mitigation',
  communication: 'Communication',
  postmortem: 'Post-mortem',
  custom: 'Other',
};

export const DECISION_LABELS: Readonly<Record<GateDecision, string>> = {
  approve: 'Approved',
  revise: 'Needs revision',
};

/** Sections whose capture panel is the timeline editor. */
export function capturesTimeline(kind: SectionKind): boolean {
  return kind === 'timeline';
}
