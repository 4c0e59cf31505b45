import { SECTION_KINDS, type GateDecision, type SectionKind } from '../../../shared/domain/agenda.ts';
import { NOTE_CATEGORY_LABELS } from '../../../shared/domain/notes.ts';
import { capturesActionItems } from '../actions/action-sections.ts';
import { rootCauseCapture } from '../root-cause/capture-kinds.ts';

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
  effectiveness: 'Effectiveness check',
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

/** What the console captures in a section of this kind, in a few words, for the agenda's kind picker. */
export function captureText(kind: SectionKind): string {
  if (capturesTimeline(kind)) return 'the timeline';
  if (capturesActionItems(kind)) return 'action items';
  if (kind === 'effectiveness') return 'whether each action item of the checked review is done and worked';
  const rootCause = rootCauseCapture(kind);
  if (rootCause?.kind === 'whys') return 'the 5 Whys';
  if (rootCause?.kind === 'perspective') return 'findings and conflicts';
  if (rootCause?.kind === 'notes') return rootCause.categories.map((category) => NOTE_CATEGORY_LABELS[category].toLowerCase()).join(', ');
  return 'nothing (shows the timeline so far)';
}

/** The kinds a section can be given in the agenda editor, each with what it captures. */
export const SECTION_KIND_CHOICES: readonly { kind: SectionKind; label: string }[] = SECTION_KINDS.map((kind) => ({
  kind,
  label: `${SECTION_KIND_LABELS[kind]} · captures ${captureText(kind)}`,
}));
