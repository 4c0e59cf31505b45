import { z } from 'zod';
import { TIME_PRECISIONS, TIMELINE_PHASES, TIMELINE_SOURCES } from '../domain/timeline.ts';
import { epochMs, id, optionalText, requiredText } from './fields.ts';

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
