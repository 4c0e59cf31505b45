import { z } from 'zod';
import { TIME_PRECISIONS, TIMELINE_PHASES, TIMELINE_SOURCES } from '../domain/timeline.ts';
import { IMPORT_EVENTS_MAX } from '../timeline/import-result.ts';
import { epochMs, id, optionalText, requiredText } from './fields.ts';
import { ACTOR_MAX, TIMELINE_DESCRIPTION_MAX } from './timeline.ts';

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
