import type { Database } from 'better-sqlite3';
import type { TimelineEvent, TimelinePhase, TimelineSource, TimePrecision } from '../../../shared/domain/timeline.ts';
import { expectChanges, setClause, statement } from '../statements.ts';

interface TimelineEventRow {
  id: string;
  meeting_id: string;
  occurred_at: number;
  precision: TimePrecision;
  description: string;
  actor: string;
  phase: TimelinePhase;
  source: TimelineSource;
  origin: string;
  key_moment: 0 | 1;
  author: string;
  created_at: number;
  updated_at: number;
}

function toTimelineEvent(row: TimelineEventRow): TimelineEvent {
  return {
    id: row.id,
    meetingId: row.meeting_id,
    occurredAt: row.occurred_at,
    precision: row.precision,
    description: row.description,
    actor: row.actor,
    phase: row.phase,
    source: row.source,
    origin: row.origin,
    keyMoment: row.key_moment === 1,
    author: row.author,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export interface NewTimelineEvent {
  id: string;
  meetingId: string;
  occurredAt: number;
  precision: TimePrecision;
  description: string;
  actor: string;
  phase: TimelinePhase;
  source: TimelineSource;
  origin: string;
  keyMoment: boolean;
  /** The import that added it, so the import can be cancelled or undone as one step; null when typed. */
  importId: string | null;
  author: string;
  createdAt: number;
  now: number;
}

export interface TimelineEventPatch {
  occurredAt?: number;
  precision?: TimePrecision;
  description?: string;
  actor?: string;
  phase?: TimelinePhase;
  keyMoment?: boolean;
}

const PATCH_COLUMNS = [
  ['occurredAt', 'occurred_at'],
  ['precision', 'precision'],
  ['description', 'description'],
  ['actor', 'actor'],
  ['phase', 'phase'],
  ['keyMoment', 'key_moment'],
] as const;

// Positional: binding by name looks each parameter up, about a seventh of a large import's insert time.
const EVENT_COLUMNS = `INSERT INTO timeline_events
    (id, meeting_id, occurred_at, precision, description, actor, phase, source, origin, key_moment, import_id, author,
     created_at, updated_at)
  VALUES `;
const EVENT_VALUES = '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)';
const INSERT_EVENT = `${EVENT_COLUMNS}${EVENT_VALUES}`;

/**
 * Rows per INSERT in a bulk write. SQLite builds the lists of the phase and source CHECKs once per statement run, so
 * one row per statement built them for every row: a third of an import's insert time.
 */
const ROWS_PER_INSERT = 200;
const INSERT_EVENTS = `${EVENT_COLUMNS}${Array.from({ length: ROWS_PER_INSERT }, () => EVENT_VALUES).join(', ')}`;

const eventValues = (event: Omit<NewTimelineEvent, 'importId'>, importId: string | null) => [
  event.id,
  event.meetingId,
  event.occurredAt,
  event.precision,
  event.description,
  event.actor,
  event.phase,
  event.source,
  event.origin,
  event.keyMoment ? 1 : 0,
  importId,
  event.author,
  event.createdAt,
  event.now,
];

export function insertTimelineEvent(db: Database, event: NewTimelineEvent): TimelineEvent {
  return toTimelineEvent(statement(db, `${INSERT_EVENT} RETURNING *`).get(eventValues(event, event.importId)) as TimelineEventRow);
}

/**
 * The search documents of an import's events added after `rowid`: the ones migration 022's insert trigger writes for a
 * typed event (description and actor, each when not blank, highlight marks made spaces), one statement for them all.
 */
const INSERT_IMPORTED_DOCUMENTS = `INSERT INTO search_documents (meeting_id, kind, item_id, field, heading, body)
  SELECT meeting_id, 'timeline_event', id, 'description', '', replace(replace(description, char(2), ' '), char(3), ' ')
    FROM timeline_events WHERE import_id = @importId AND rowid > @rowid AND trim(description) <> ''
  UNION ALL
  SELECT meeting_id, 'timeline_event', id, 'actor', '', replace(replace(actor, char(2), ' '), char(3), ' ')
    FROM timeline_events WHERE import_id = @importId AND rowid > @rowid AND trim(actor) <> ''`;

/**
 * An import's chunk: the same rows as insertTimelineEvent, without reading each one back, and their search documents
 * written together (migration 024), in the caller's transaction. New rows take rowids above the largest one.
 */
export function insertImportedEvents(db: Database, importId: string, events: readonly Omit<NewTimelineEvent, 'importId'>[]): void {
  const { last } = statement(db, 'SELECT coalesce(max(rowid), 0) AS last FROM timeline_events').get() as { last: number };
  const many = statement(db, INSERT_EVENTS);
  let index = 0;
  for (; index + ROWS_PER_INSERT <= events.length; index += ROWS_PER_INSERT) {
    many.run(events.slice(index, index + ROWS_PER_INSERT).flatMap((event) => eventValues(event, importId)));
  }
  const one = statement(db, INSERT_EVENT);
  for (const event of events.slice(index)) one.run(eventValues(event, importId));
  statement(db, INSERT_IMPORTED_DOCUMENTS).run({ importId, rowid: last });
}

export function getTimelineEvent(db: Database, id: string): TimelineEvent | undefined {
  const row = statement(db, 'SELECT * FROM timeline_events WHERE id = ?').get(id) as TimelineEventRow | undefined;
  return row && toTimelineEvent(row);
}

export interface TimelinePage {
  /** The last event of the page before, by its sort key; from the first event when left out. */
  after?: { occurredAt: number; createdAt: number; id: string } | undefined;
  /** Every event when left out. */
  limit?: number | undefined;
}

/** In display order: see compareTimelineEvents in src/shared/domain/timeline.ts. Every event, or one page of them. */
export function listTimelineEvents(db: Database, meetingId: string, { after, limit }: TimelinePage = {}): TimelineEvent[] {
  const rows = statement(
    db,
    `SELECT * FROM timeline_events WHERE meeting_id = @meetingId
      ${after ? 'AND (occurred_at, created_at, id) > (@occurredAt, @createdAt, @id)' : ''}
      ORDER BY occurred_at, created_at, id LIMIT @limit`,
  ).all({ meetingId, ...after, limit: limit ?? -1 }) as TimelineEventRow[];
  return rows.map(toTimelineEvent);
}

export function updateTimelineEvent(db: Database, id: string, patch: TimelineEventPatch, now: number): TimelineEvent | undefined {
  const assignments = setClause(PATCH_COLUMNS, patch);
  const row = statement(db, `UPDATE timeline_events SET ${assignments ? `${assignments}, ` : ''}updated_at = @now WHERE id = @id RETURNING *`).get({
    ...patch,
    keyMoment: patch.keyMoment === undefined ? undefined : patch.keyMoment ? 1 : 0,
    id,
    now,
  }) as TimelineEventRow | undefined;
  return row && toTimelineEvent(row);
}

export function deleteTimelineEvent(db: Database, id: string): void {
  expectChanges(statement(db, 'DELETE FROM timeline_events WHERE id = ?').run(id).changes, 1, 'delete timeline event');
}

/** Removes every event one import added; returns how many. */
export function deleteImportedEvents(db: Database, importId: string): number {
  return statement(db, 'DELETE FROM timeline_events WHERE import_id = ?').run(importId).changes;
}
