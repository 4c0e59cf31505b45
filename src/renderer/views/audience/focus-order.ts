import { FINDING_KINDS, type Note, type NoteCategory } from '../../../shared/domain/notes.ts';
import type { Perspective } from '../../../shared/domain/participant.ts';

/** The notes of these categories in the order the console lists them: category by category, each in its order. */
export function orderedNotes(notes: readonly Note[], categories: readonly NoteCategory[]): Note[] {
  return categories.flatMap((category) => notes.filter((note) => note.category === category).sort((a, b) => a.position - b.position));
}

/** One perspective's findings, kind by kind (contributing factors, gaps, recommendations), each in its order. */
export function orderedFindings(notes: readonly Note[], perspective: Perspective | null): Note[] {
  const findings = notes.filter((note) => note.category === 'perspective_finding' && note.perspective === perspective);
  return FINDING_KINDS.flatMap((kind) => findings.filter((note) => note.findingKind === kind).sort((a, b) => a.position - b.position));
}
