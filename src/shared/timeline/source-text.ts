import { SOURCE_LABELS, type TimelineEvent } from '../domain/timeline.ts';

/** Sources a person typed rather than brought in from a file: the timeline does not label them. */
const TYPED_SOURCES: ReadonlySet<TimelineEvent['source']> = new Set(['manual', 'quick_entry']);

/** Whether an event came from an import (a file, a paste, an archive), so the timeline shows where from. */
export const isImported = (event: Pick<TimelineEvent, 'source'>): boolean => !TYPED_SOURCES.has(event.source);

/** "Slack · #incident-42", "CSV", "Typed": what kind of source, then where within it when known. */
export function sourceText(event: Pick<TimelineEvent, 'source' | 'origin'>): string {
  const label = SOURCE_LABELS[event.source];
  return event.origin === '' ? label : `${label} · ${event.origin}`;
}
