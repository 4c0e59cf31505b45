import type { AgendaSection } from '../../../shared/domain/agenda.ts';
import type { NoteCategory } from '../../../shared/domain/notes.ts';
import type { Perspective } from '../../../shared/domain/participant.ts';
import type { ScreenFocus } from '../../../shared/domain/screen.ts';
import { capturesActionItems } from '../actions/action-sections.ts';
import { capturesTimeline } from '../agenda/section-labels.ts';
import { rootCauseCapture } from '../root-cause/capture-kinds.ts';

/** What the shared screen shows beside the clock in a section, and so what the facilitator's J and K move through. */
export type ScreenContent =
  | { kind: 'timeline' }
  | { kind: 'whys' }
  | { kind: 'readback' }
  | { kind: 'notes'; categories: readonly NoteCategory[] }
  | { kind: 'findings'; perspective: Perspective | null }
  | { kind: 'outline' };

/**
 * The closing reads the actions back with their owners (its prompt asks for it); a note of the closing the
 * facilitator points at is shown among its notes instead.
 */
export function screenContent(section: AgendaSection, focus: ScreenFocus | null): ScreenContent {
  if (capturesTimeline(section.kind)) return { kind: 'timeline' };
  if (capturesActionItems(section.kind)) return { kind: 'readback' };
  const capture = rootCauseCapture(section.kind);
  if (section.kind === 'closing' && !(focus?.kind === 'note' && capture?.kind === 'notes')) return { kind: 'readback' };
  if (capture?.kind === 'whys') return { kind: 'whys' };
  if (capture?.kind === 'notes') return { kind: 'notes', categories: capture.categories };
  if (capture?.kind === 'perspective') return { kind: 'findings', perspective: section.perspective };
  return { kind: 'outline' };
}
