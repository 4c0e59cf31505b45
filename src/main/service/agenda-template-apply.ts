import type { Database } from 'better-sqlite3';
import { DEFAULT_TEMPLATE_ID, findBuiltInTemplate } from '../../shared/agenda/templates.ts';
import { ApiError } from '../../shared/api/errors.ts';
import type { Meeting, Severity } from '../../shared/domain/meeting.ts';
import { insertMeeting, setMeetingTemplate } from '../db/repositories/meetings.ts';
import type { ServiceContext } from './context.ts';
import type { AgendaTemplate } from '../../shared/domain/agenda.ts';
import { insertSection } from '../db/repositories/agenda-sections.ts';
import { getTemplate } from '../db/repositories/agenda-templates.ts';

/** A built-in template, or one a user saved. */
export function findTemplate(db: Database, id: string): AgendaTemplate | undefined {
  return findBuiltInTemplate(id) ?? getTemplate(db, id);
}

/** Appends the template's sections to an empty agenda, in order. */
export function insertTemplateSections(db: Database, meetingId: string, template: AgendaTemplate, newId: () => string): void {
  template.sections.forEach((section, position) => {
    insertSection(db, {
      id: newId(),
      meetingId,
      position,
      kind: section.kind,
      title: section.title,
      perspective: section.perspective ?? null,
      plannedSeconds: Math.round(section.minutes * 60),
      gated: section.gated ?? false,
    });
  });
}

export interface NewMeeting {
  id?: string | undefined;
  title: string;
  incidentId?: string | undefined;
  severity?: Severity | null | undefined;
  timeZone?: string | undefined;
  templateId?: string | undefined;
}

/**
 * Inserts a meeting with its template's agenda (the default template when none is named), inside the caller's
 * transaction: the agenda is part of creating the meeting, so it shares the meeting's first revision and event.
 */
export function insertMeetingWithAgenda({ db, newId, now }: Pick<ServiceContext, 'db' | 'newId' | 'now'>, input: NewMeeting): Meeting {
  const templateId = input.templateId ?? DEFAULT_TEMPLATE_ID;
  const template = findTemplate(db, templateId);
  if (!template) throw new ApiError('invalid_input', `templateId: there is no template with id ${templateId}`, 'templateId');
  const inserted = insertMeeting(db, {
    id: input.id ?? newId(),
    title: input.title,
    incidentId: input.incidentId ?? '',
    severity: input.severity ?? null,
    timeZone: input.timeZone ?? 'UTC',
    now: now(),
  });
  insertTemplateSections(db, inserted.id, template, newId);
  return inserted.templateId === template.id ? inserted : setMeetingTemplate(db, inserted.id, template.id);
}
