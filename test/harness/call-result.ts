import type { Database } from 'better-sqlite3';
import type { ApiErrorBody } from '../../src/shared/api/errors.ts';
import type { CallResponse } from '../../src/shared/api/wire.ts';

/** The result of a call that must have succeeded; a refusal fails the test with the service's own words. */
export function ok<T>(response: CallResponse): T {
  if (!response.ok) throw new Error(`expected success, got ${JSON.stringify(response.error)}`);
  return response.result as T;
}

/** The error of a call that must have been refused; a success fails the test with what it returned. */
export function failure(response: CallResponse): ApiErrorBody {
  if (response.ok) throw new Error(`expected a refusal, got ${JSON.stringify(response.result)}`);
  return response.error;
}

/**
 * Every row of the tables named (none: every table, search indexes included), to prove a refused call changed
 * nothing at all.
 */
export function databaseSnapshot(db: Database, tables?: readonly string[]): string {
  const names = tables ?? (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all() as string[]);
  return JSON.stringify(names.map((table) => [table, db.prepare(`SELECT * FROM "${table.replace(/"/g, '""')}"`).all()]));
}
