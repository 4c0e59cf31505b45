import type { Database } from 'better-sqlite3';
import { parseTemplateSections } from '../../../shared/agenda/template-schema.ts';
import type { AgendaTemplate, TemplateSection } from '../../../shared/domain/agenda.ts';
import { expectChanges, statement } from '../statements.ts';

interface TemplateRow {
  id: string;
  name: string;
  description: string;
  sections: string;
  created_at: number;
}

function toTemplate(row: TemplateRow): AgendaTemplate {
  let sections: TemplateSection[];
  try {
    sections = parseTemplateSections(row.sections);
  } catch (error) {
    throw new Error(`agenda template ${row.id}: its stored sections are not valid`, { cause: error });
  }
  return { id: row.id, name: row.name, description: row.description, builtIn: false, sections, createdAt: row.created_at };
}

export interface NewTemplate {
  id: string;
  name: string;
  description: string;
  sections: readonly TemplateSection[];
  now: number;
}

export function insertTemplate(db: Database, template: NewTemplate): AgendaTemplate {
  const row = statement(
    db,
    `INSERT INTO agenda_templates (id, name, description, sections, created_at)
     VALUES (@id, @name, @description, @sections, @now)
     RETURNING *`,
  ).get({ ...template, sections: JSON.stringify(template.sections) }) as TemplateRow;
  return toTemplate(row);
}

export function getTemplate(db: Database, id: string): AgendaTemplate | undefined {
  const row = statement(db, 'SELECT * FROM agenda_templates WHERE id = ?').get(id) as TemplateRow | undefined;
  return row && toTemplate(row);
}

export function templateExists(db: Database, id: string): boolean {
  return statement(db, 'SELECT 1 FROM agenda_templates WHERE id = ?').get(id) !== undefined;
}

/** Saved templates, oldest first. */
export function listTemplates(db: Database): AgendaTemplate[] {
  const rows = statement(db, 'SELECT * FROM agenda_templates ORDER BY created_at, id').all() as TemplateRow[];
  return rows.map(toTemplate);
}

export function deleteTemplate(db: Database, id: string): void {
  expectChanges(statement(db, 'DELETE FROM agenda_templates WHERE id = ?').run(id).changes, 1, 'delete agenda template');
}
