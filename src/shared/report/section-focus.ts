import type { SectionKind } from '../domain/agenda.ts';
import { REPORT_LAYOUT_DESCRIPTORS, type ReportLayout } from './layouts.ts';

const CAUSES = ['root_cause', 'contributing_factors', 'root_cause_analysis', 'consolidated'];
const ACTIONS = ['action_items', 'action_tracker', 'consolidated'];

/** The report sections an agenda section of each kind writes, in any layout (ids are shared where the content is). */
const WRITTEN_IN: Readonly<Record<SectionKind, readonly string[]>> = {
  opening: ['meeting_details'],
  summary: ['summary', 'impact', 'consolidated', 'communication'],
  timeline: ['timeline', 'triage', 'root_cause_analysis'],
  root_cause: CAUSES,
  symptoms_vs_causes: CAUSES,
  contributing_factors: ['contributing_factors', 'root_cause', 'root_cause_analysis', 'consolidated', 'perspectives'],
  went_well: ['went_well', 'post_mortem'],
  could_improve: ['could_improve', 'post_mortem'],
  action_items: ACTIONS,
  responsibilities: ACTIONS,
  closing: ['lessons', 'prevention', 'additional_notes', 'post_mortem'],
  perspective: ['perspectives', 'conflicts'],
  triage: ['triage'],
  mitigation: ['mitigation'],
  communication: ['communication'],
  postmortem: ['post_mortem'],
  effectiveness: ['effectiveness'],
  custom: [],
};

/** The sections of the layout that the current agenda section brings forward, in the layout's order. */
export function reportSectionsFor(layout: ReportLayout, kind: SectionKind | null): string[] {
  if (kind === null) return [];
  const wanted = new Set(WRITTEN_IN[kind]);
  return REPORT_LAYOUT_DESCRIPTORS[layout].sections.map((section) => section.id).filter((id) => wanted.has(id));
}

/** Where in the layout a check about an action item, a cause or a note is fixed: the first section that holds it. */
export function reportSectionHolding(layout: ReportLayout, thing: 'action' | 'cause' | 'could_improve' | 'perspective_finding'): string | null {
  const candidates: Record<typeof thing, readonly string[]> = {
    action: ['action_items', 'action_tracker', 'consolidated', 'post_mortem'],
    cause: CAUSES,
    could_improve: ['could_improve', 'post_mortem'],
    perspective_finding: ['perspectives'],
  };
  const ids = new Set(REPORT_LAYOUT_DESCRIPTORS[layout].sections.map((section) => section.id));
  return candidates[thing].find((id) => ids.has(id)) ?? null;
}
