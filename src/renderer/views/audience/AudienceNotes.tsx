import { useMemo } from 'react';
import { FINDING_KIND_LABELS, FINDING_SEVERITY_LABELS, NOTE_CATEGORY_LABELS, type NoteCategory } from '../../../shared/domain/notes.ts';
import type { Perspective } from '../../../shared/domain/participant.ts';
import { useNotes } from '../../app/services.ts';
import { useRootCauseLoaded } from '../root-cause/use-root-cause.ts';
import { AudienceFocusList, type ListedItem } from './AudienceFocusList.tsx';
import { orderedFindings, orderedNotes } from './focus-order.ts';

/** The notes of the section's categories as the room adds them, the one the facilitator points at in full. */
export function AudienceNotes({ meetingId, categories, focusId }: { meetingId: string; categories: readonly NoteCategory[]; focusId: string | null }) {
  useRootCauseLoaded(meetingId);
  const notes = useNotes((state) => state.items);
  const items: ListedItem[] = useMemo(
    () =>
      orderedNotes(notes, categories).map((note) => ({
        id: note.id,
        text: note.text || '…',
        tag: categories.length > 1 ? NOTE_CATEGORY_LABELS[note.category] : undefined,
      })),
    [notes, categories],
  );
  const label = categories.length === 1 ? NOTE_CATEGORY_LABELS[categories[0] as NoteCategory] : 'Notes';
  return (
    <AudienceFocusList
      meetingId={meetingId}
      label={label}
      items={items}
      focusId={focusId}
      empty="Nothing noted yet. What stands out?"
      testId="audience-notes"
    />
  );
}

/** A panel perspective's findings, each with its kind and severity. */
export function AudienceFindings({ meetingId, perspective, focusId }: { meetingId: string; perspective: Perspective | null; focusId: string | null }) {
  useRootCauseLoaded(meetingId);
  const notes = useNotes((state) => state.items);
  const items: ListedItem[] = useMemo(
    () =>
      orderedFindings(notes, perspective).map((note) => ({
        id: note.id,
        text: note.text || '…',
        tag: note.findingKind ? FINDING_KIND_LABELS[note.findingKind] : undefined,
        detail: note.severity ? FINDING_SEVERITY_LABELS[note.severity] : undefined,
      })),
    [notes, perspective],
  );
  return (
    <AudienceFocusList
      meetingId={meetingId}
      label="Findings"
      items={items}
      focusId={focusId}
      empty="No findings yet. What did this perspective see?"
      testId="audience-findings"
    />
  );
}
