import { z } from 'zod';
import { TIME_PRECISIONS, TIMELINE_PHASES, TIMELINE_SOURCES, type TimelineEvent } from '../domain/timeline.ts';
import { IMPORT_EVENTS_MAX } from '../timeline/import-result.ts';
import { epochMs, id, optionalText, requiredText } from './fields.ts';
import { returns, type Deleted, type MethodDeclarations } from './method.ts';

export const TIMELINE_DESCRIPTION_MAX = 5_000;
export const ACTOR_MAX = 200;

export const addTimelineEventInput = z.strictObject({
  meetingId: id,
  occurredAt: epochMs,
  description: requiredText(TIMELINE_DESCRIPTION_MAX),
  actor: optionalText(ACTOR_MAX).optional(),
  phase: z.enum(TIMELINE_PHASES).optional(),
  precision: z.enum(TIME_PRECISIONS).optional(),
  source: z.enum(TIMELINE_SOURCES).optional(),
  author: optionalText(ACTOR_MAX).optional(),
  /** A client-chosen id: a retried add is stored once, and undo of a delete restores the same event. */
  id: id.optional(),
  /** Set only when undo restores a deleted event, so it keeps its place among events with the same time. */
  createdAt: epochMs.optional(),
});

export const timelineEventPatch = z
  .strictObject({
    occurredAt: epochMs,
    description: requiredText(TIMELINE_DESCRIPTION_MAX),
    actor: optionalText(ACTOR_MAX),
    phase: z.enum(TIMELINE_PHASES),
    precision: z.enum(TIME_PRECISIONS),
  })
  .partial();

export const updateTimelineEventInput = z.strictObject({ id, patch: timelineEventPatch });
export const timelineEventIdInput = z.strictObject({ id });
export const listTimelineInput = z.strictObject({ meetingId: id });

export const importedTimelineEvent = z.strictObject({
  occurredAt: epochMs,
  description: requiredText(TIMELINE_DESCRIPTION_MAX),
  actor: optionalText(ACTOR_MAX).optional(),
  phase: z.enum(TIMELINE_PHASES).optional(),
  precision: z.enum(TIME_PRECISIONS).optional(),
  source: z.enum(TIMELINE_SOURCES),
});

/** A whole prepared timeline (a CSV file, a chat paste): stored all together or not at all. */
export const importTimelineInput = z.strictObject({
  meetingId: id,
  events: z
    .array(importedTimelineEvent)
    .min(1, { message: 'must hold at least one event' })
    .max(IMPORT_EVENTS_MAX, { message: `must hold at most ${IMPORT_EVENTS_MAX.toLocaleString('en-US')} events` }),
});

const row = { access: 'row', table: 'timeline_events' } as const;

export const timelineMethods = {
  'timeline.list': { input: listTimelineInput, result: returns<TimelineEvent[]>(), resend: 'read', noteTaker: { access: 'meeting' } },
  /** One event, so a window can apply a pushed change without fetching the whole timeline. */
  'timeline.get': { input: timelineEventIdInput, result: returns<TimelineEvent>(), resend: 'read', noteTaker: row },
  'timeline.add': {
    input: addTimelineEventInput,
    result: returns<TimelineEvent>(),
    resend: 'with-id',
    noteTaker: { access: 'add', table: 'timeline_events', author: true },
    reportContent: true,
  },
  'timeline.update': { input: updateTimelineEventInput, result: returns<TimelineEvent>(), resend: 'always', noteTaker: row, reportContent: true },
  // Delete with undo is how a typo is fixed on the timeline; the facilitator sees every change live.
  'timeline.delete': { input: timelineEventIdInput, result: returns<Deleted>(), resend: 'always', noteTaker: row, reportContent: true },
  /** All or nothing, in one transaction; the events in display order of the import. */
  'timeline.import': {
    input: importTimelineInput,
    result: returns<{ count: number; events: TimelineEvent[] }>(),
    resend: 'never',
    noteTaker: { access: 'refused', because: 'importing a timeline is done by the facilitator' },
    reportContent: true,
  },
} as const satisfies MethodDeclarations;
