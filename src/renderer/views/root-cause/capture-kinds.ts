import type { SectionKind } from '../../../shared/domain/agenda.ts';
import type { NoteCategory } from '../../../shared/domain/notes.ts';

/** What the root-cause capture panel shows for a section kind, or null when another panel captures it. */
export type RootCauseCapture = { kind: 'whys' } | { kind: 'notes'; categories: readonly NoteCategory[] } | { kind: 'perspective' };

const CAPTURES: Partial<Record<SectionKind, RootCauseCapture>> = {
  root_cause: { kind: 'whys' },
  symptoms_vs_causes: { kind: 'whys' },
  contributing_factors: { kind: 'whys' },
  went_well: { kind: 'notes', categories: ['went_well'] },
  could_improve: { kind: 'notes', categories: ['could_improve'] },
  closing: { kind: 'notes', categories: ['lesson', 'prevention', 'additional'] },
  postmortem: { kind: 'notes', categories: ['went_well', 'could_improve', 'lesson', 'prevention', 'additional'] },
  perspective: { kind: 'perspective' },
};

export function rootCauseCapture(kind: SectionKind): RootCauseCapture | null {
  return CAPTURES[kind] ?? null;
}

/** Sections whose shared screen shows the whys tree. */
export function showsWhysTree(kind: SectionKind): boolean {
  return rootCauseCapture(kind)?.kind === 'whys';
}
