import type { TimelineEvent } from '../../shared/domain/timeline.ts';

type DefaultedField = 'precision' | 'actor' | 'phase' | 'origin';
type EventFields = Pick<TimelineEvent, 'occurredAt' | 'description' | DefaultedField>;

/** A new event's fields as stored, whether typed or imported: what the caller left out takes the table's defaults. */
export function storedEventFields(input: Omit<EventFields, DefaultedField> & Partial<Pick<TimelineEvent, DefaultedField>>): EventFields {
  return {
    occurredAt: input.occurredAt,
    precision: input.precision ?? 'minute',
    description: input.description,
    actor: input.actor ?? '',
    phase: input.phase ?? 'other',
    origin: input.origin ?? '',
  };
}
