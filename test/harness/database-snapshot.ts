import type { Database } from 'better-sqlite3';

/**
 * Every row of the tables named (none: every table, search indexes included), to prove a refused call changed
 * nothing at all.
 */
export function databaseSnapshot(db: Database, tables?: readonly string[]): string {
  const names = tables ?? (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all() as string[]);
  return JSON.stringify(names.map((table) => [table, db.prepare(`SELECT * FROM "${table.replace(/"/g, '""')}"`).all()]));
}
