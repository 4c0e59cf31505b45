import type { TimelineEvent } from '../../../shared/domain/timeline.ts';
import { parseQuickEntry, type QuickEntryContext, type QuickEntryResult } from '../../../shared/timeline/quick-entry.ts';
import { calendarDateAt, clockTextAt } from '../../../shared/time/zoned-time.ts';
import { PHASE_LABELS } from '../../../shared/domain/timeline.ts';

export interface PreviewPart {
  label: string;
  value: string;
}

export type QuickEntryPreview = { kind: 'empty' } | { kind: 'reading'; parts: PreviewPart[] } | { kind: 'problem'; messages: string[] };

const FIELD_NAMES = { time: 'Time', description: 'Description', actor: 'Actor', phase: 'Phase' } as const;

/** How the line will be read, in words, as the person types: what Enter would save, or what is wrong. */
export function quickEntryPreview(text: string, result: QuickEntryResult, context: QuickEntryContext): QuickEntryPreview {
  if (text.trim() === '') return { kind: 'empty' };
  if (!result.ok) return { kind: 'problem', messages: result.errors.map((error) => `${FIELD_NAMES[error.field]}: ${error.message}`) };
  const { value } = result;
  const clock = clockTextAt(value.occurredAt, context.timeZone, value.precision);
  const day = calendarDateAt(value.occurredAt, context.timeZone);
  const when = `${day === context.anchorDate ? '' : `${day} `}${clock}`;
  const timeText = value.timeKind === 'now' ? `now (${when})` : value.timeKind === 'relative' ? `${when} (after the previous event)` : when;
  const parts: PreviewPart[] = [
    { label: 'Time', value: timeText },
    { label: 'Event', value: value.description },
  ];
  if (value.actor !== '') parts.push({ label: 'Actor', value: value.actor });
  if (value.phase !== null) parts.push({ label: 'Phase', value: PHASE_LABELS[value.phase] });
  return { kind: 'reading', parts };
}

export function previewFor(text: string, context: QuickEntryContext): { result: QuickEntryResult; preview: QuickEntryPreview } {
  const result = parseQuickEntry(text, context);
  return { result, preview: quickEntryPreview(text, result, context) };
}

/** The event "+5m" counts from: the one typed last in this window if any, else the latest on the timeline. */
export function previousEventAt(lastTypedAt: number | null, events: readonly Pick<TimelineEvent, 'occurredAt'>[]): number | null {
  if (lastTypedAt !== null) return lastTypedAt;
  let latest: number | null = null;
  for (const event of events) if (latest === null || event.occurredAt > latest) latest = event.occurredAt;
  return latest;
}
