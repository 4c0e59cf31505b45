import { sentenceFor, type FormError } from '../../api/field-errors.ts';
import type { TimelineField } from '../../stores/timeline/timeline-store.ts';

export const TIMELINE_FIELD_LABELS: Readonly<Record<TimelineField, string>> = {
  date: 'Date',
  time: 'Time',
  description: 'Description',
  actor: 'Actor',
};

/** The sentence to show next to `field`, if the error is about it. */
export function timelineFieldError(error: FormError<TimelineField> | null, field: TimelineField): string | null {
  if (!error || error.field !== field) return null;
  return sentenceFor(TIMELINE_FIELD_LABELS[field], error.message);
}
