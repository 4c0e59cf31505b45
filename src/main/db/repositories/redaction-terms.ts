import type { Database } from 'better-sqlite3';
import type { RedactionTerm } from '../../../shared/domain/redaction.ts';
import { expectChanges, statement } from '../statements.ts';

interface TermRow {
  id: string;
  term: string;
  created_at: number;
}

const toTerm = (row: TermRow): RedactionTerm => ({ id: row.id, term: row.term, createdAt: row.created_at });

const byTerm = new Intl.Collator('en', { sensitivity: 'base' });

/** Every term, as a reader sorts them (accents and case aside), then by id so the order is stable. */
export function listRedactionTerms(db: Database): RedactionTerm[] {
  const terms = (statement(db, 'SELECT id, term, created_at FROM redaction_terms').all() as TermRow[]).map(toTerm);
  return terms.sort((a, b) => byTerm.compare(a.term, b.term) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function getRedactionTerm(db: Database, id: string): RedactionTerm | undefined {
  const row = statement(db, 'SELECT id, term, created_at FROM redaction_terms WHERE id = ?').get(id) as TermRow | undefined;
  return row && toTerm(row);
}

export function insertRedactionTerm(db: Database, term: { id: string; term: string; now: number }): RedactionTerm {
  const row = statement(db, 'INSERT INTO redaction_terms (id, term, created_at) VALUES (@id, @term, @now) RETURNING id, term, created_at').get(term) as TermRow;
  return toTerm(row);
}

export function deleteRedactionTerm(db: Database, id: string): void {
  expectChanges(statement(db, 'DELETE FROM redaction_terms WHERE id = ?').run(id).changes, 1, 'delete redaction term');
}
