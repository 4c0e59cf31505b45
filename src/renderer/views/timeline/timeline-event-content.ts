import type { TimelineEvent } from '../../../shared/domain/timeline.ts';

/** What a person can change in an event, as one comparable string: equal strings, same content. */
export const timelineEventContent = (event: Pick<TimelineEvent, 'occurredAt' | 'precision' | 'description' | 'actor' | 'phase'>): string =>
  JSON.stringify([event.occurredAt, event.precision, event.description.trim(), event.actor.trim(), event.phase]);
