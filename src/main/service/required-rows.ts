import type { Database } from 'better-sqlite3';
import { ApiError } from '../../shared/api/errors.ts';
import { getActionItem } from '../db/repositories/action-items.ts';
import { getSection } from '../db/repositories/agenda-sections.ts';
import { getConflict } from '../db/repositories/conflicts.ts';
import { getMeeting } from '../db/repositories/meetings.ts';
import { getNote } from '../db/repositories/notes.ts';
import { getParticipant } from '../db/repositories/participants.ts';
import { getTimelineEvent } from '../db/repositories/timeline-events.ts';
import { getWhy } from '../db/repositories/whys.ts';
import { findTemplate } from './agenda-template-apply.ts';
import { getDeletedMeeting } from '../db/repositories/deleted-meetings.ts';

export function notFound(what: string, id: string): ApiError {
  return new ApiError('not_found', `No ${what} with id ${id}`);
}

function required<Row>(row: Row | undefined, what: string, id: string): Row {
  if (row === undefined) throw notFound(what, id);
  return row;
}

/* The row a call names by id, or the caller's not_found error naming what is missing. */
export const requireMeeting = (db: Database, id: string) => required(getMeeting(db, id), 'meeting', id);
export const requireTimelineEvent = (db: Database, id: string) => required(getTimelineEvent(db, id), 'timeline event', id);
export const requireWhy = (db: Database, id: string) => required(getWhy(db, id), 'why', id);
export const requireNote = (db: Database, id: string) => required(getNote(db, id), 'note', id);
export const requireConflict = (db: Database, id: string) => required(getConflict(db, id), 'conflict', id);
export const requireActionItem = (db: Database, id: string) => required(getActionItem(db, id), 'action item', id);
export const requireParticipant = (db: Database, id: string) => required(getParticipant(db, id), 'participant', id);
export const requireSection = (db: Database, id: string) => required(getSection(db, id), 'agenda section', id);
/** A built-in template or one a user saved. */
export const requireDeletedMeeting = (db: Database, id: string) => required(getDeletedMeeting(db, id), 'deleted meeting', id);
export const requireTemplate = (db: Database, id: string) => required(findTemplate(db, id), 'template', id);
