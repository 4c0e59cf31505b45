import DatabaseConstructor from 'better-sqlite3';
import { errorMessage } from '../../shared/error-message.ts';

export type FileCheck = { ok: true } | { ok: false; problem: string };

/** SQLite's own words for a file whose pages do not hold together, or that is not a database at all. */
export function isDamageError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB');
}

/**
 * Runs SQLite's integrity check on a file through a read-only connection, so a damaged file is never written to,
 * not even by a checkpoint on close. integrity_check rather than quick_check: quick_check does not compare indexes
 * with their tables, and a damaged index is what makes a timeline silently come back shorter.
 */
export function checkDatabaseFile(file: string): FileCheck {
  let db;
  try {
    db = new DatabaseConstructor(file, { readonly: true, fileMustExist: true });
    db.pragma('busy_timeout = 5000');
    // Reading the schema parses every CREATE statement: damage inside that text is refused here, not at the first query.
    db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table'").get();
    const rows = db.pragma('integrity_check(1)') as Array<{ integrity_check: string }>;
    const first = rows[0]?.integrity_check ?? 'no answer from the integrity check';
    return first === 'ok' ? { ok: true } : { ok: false, problem: first };
  } catch (error) {
    if (isDamageError(error)) return { ok: false, problem: errorMessage(error) };
    throw error;
  } finally {
    db?.close();
  }
}
