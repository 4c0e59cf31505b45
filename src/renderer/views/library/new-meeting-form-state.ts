import { sentenceFor, type FormError } from '../../api/field-errors.ts';
import type { MeetingFormField } from '../../stores/library/meetings-store.ts';

export const MEETING_FIELD_LABELS: Readonly<Record<MeetingFormField, string>> = {
  title: 'Title',
  incidentId: 'Incident ID',
  severity: 'Severity',
};

/** The sentence to show next to `field`, if the error is about it. */
export function meetingFieldError(error: FormError<MeetingFormField> | null, field: MeetingFormField): string | null {
  if (!error || error.field !== field) return null;
  return sentenceFor(MEETING_FIELD_LABELS[field], error.message);
}
