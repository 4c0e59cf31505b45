import { z } from 'zod';
import { TIME_PRECISIONS, TIMELINE_PHASES, TIMELINE_SOURCES, type TimelineEvent } from '../domain/timeline.ts';
import type { TimelineImport } from '../domain/timeline-import.ts';
import { IMPORT_CHUNK_MAX } from '../timeline/import-result.ts';
import { epochMs, id, optionalText, requiredText } from './fields.ts';
import { returns, type Deleted, type MethodDeclarations } from './method.ts';

export const TIMELINE_DESCRIPTION_MAX = 5_000;
export const ACTOR_MAX = 200;
/** A Slack channel, a PagerDuty service, a file name. */
export const ORIGIN_MAX = 200;

export const addTimelineEventInput = z.strictObject({
  meetingId: id,
  occurredAt: epochMs,
  description: requiredText(TIMELINE_DESCRIPTION_MAX),
  actor: optionalText(ACTOR_MAX).optional(),
  phase: z.enum(TIMELINE_PHASES).optional(),
  precision: z.enum(TIME_PRECISIONS).optional(),
  source: z.enum(TIMELINE_SOURCES).optional(),
  /** Set when undo restores a deleted imported or starred event, so it comes back as it was. */
  origin: optionalText(ORIGIN_MAX).optional(),
  keyMoment: z.boolean().optional(),
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
    keyMoment: z.boolean(),
  })
  .partial();

export const updateTimelineEventInput = z.strictObject({ id, patch: timelineEventPatch });
export const timelineEventIdInput = z.strictObject({ id });
/** The most events one page of timeline.list holds: the server answers nothing else while it reads a page. */
export const TIMELINE_PAGE_MAX = 5_000;
/** Where a page starts: after this event in display order (compareTimelineEvents), the last of the page before. */
export const timelinePageStart = z.strictObject({ occurredAt: epochMs, createdAt: epochMs, id });
export const listTimelineInput = z.strictObject({
  meetingId: id,
  /** Left out: from the first event. */
  after: timelinePageStart.optional(),
  /** Left out: every event (the CLI, in one process with the database); a window reads in pages. */
  limit: z.number().int().min(1).max(TIMELINE_PAGE_MAX).optional(),
});

export const importedTimelineEvent = z.strictObject({
  occurredAt: epochMs,
  description: requiredText(TIMELINE_DESCRIPTION_MAX),
  actor: optionalText(ACTOR_MAX).optional(),
  phase: z.enum(TIMELINE_PHASES).optional(),
  precision: z.enum(TIME_PRECISIONS).optional(),
  source: z.enum(TIMELINE_SOURCES),
  origin: optionalText(ORIGIN_MAX).optional(),
});

/** Opens an import of a prepared timeline (a file, a paste); its events then arrive in chunks. */
export const startTimelineImportInput = z.strictObject({
  meetingId: id,
  /** Client-chosen, so a retried start opens one import. */
  id,
});

/** One chunk of an import: stored all together or not at all. */
export const importTimelineInput = z.strictObject({
  importId: id,
  events: z
    .array(importedTimelineEvent)
    .min(1, { message: 'must hold at least one event' })
    .max(IMPORT_CHUNK_MAX, { message: `must hold at most ${IMPORT_CHUNK_MAX.toLocaleString('en-US')} events` }),
});

/** The import's steps, named where the server follows which connection runs an import (server/unfinished-imports.ts). */
export const IMPORT_START = 'timeline.importStart';
export const IMPORT_CHUNK = 'timeline.import';
export const IMPORT_FINISH = 'timeline.importFinish';
export const IMPORT_REMOVE = 'timeline.importRemove';

const row = { access: 'row', table: 'timeline_events' } as const;
const importRefused = { access: 'refused', because: 'importing a timeline is done by the facilitator' } as const;
export const timelineImportIdInput = z.strictObject({ id });

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
  /**
   * An import in three steps, so a 50,000-row file never holds the database for long: importStart, then
   * timeline.import for each chunk (one transaction each), then importFinish. importRemove cancels a running import or
   * undoes a finished one: every event it added goes, in one transaction. An import left running is removed by the
   * service: its process ended, its connection closed, or it went quiet (see timeline-import-handler.ts).
   */
  [IMPORT_START]: { input: startTimelineImportInput, result: returns<TimelineImport>(), resend: 'with-id', noteTaker: importRefused },
  [IMPORT_CHUNK]: {
    input: importTimelineInput,
    result: returns<{ count: number }>(),
    resend: 'never',
    noteTaker: importRefused,
    reportContent: true,
  },
  [IMPORT_FINISH]: { input: timelineImportIdInput, result: returns<TimelineImport>(), resend: 'always', noteTaker: importRefused },
  [IMPORT_REMOVE]: {
    input: timelineImportIdInput,
    result: returns<TimelineImport>(),
    resend: 'always',
    noteTaker: importRefused,
    reportContent: true,
  },
} as const satisfies MethodDeclarations;
