import type { Database } from 'better-sqlite3';
import { findBuiltInTemplate } from '../../shared/agenda/templates.ts';
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
