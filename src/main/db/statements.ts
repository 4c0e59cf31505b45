import type { Database, Statement } from 'better-sqlite3';

const cache = new WeakMap<Database, Map<string, Statement>>();

/** Prepares each distinct SQL text once per connection and reuses it. */
export function statement(db: Database, sql: string): Statement {
  let byText = cache.get(db);
  if (!byText) {
    byText = new Map();
    cache.set(db, byText);
  }
  let prepared = byText.get(sql);
  if (!prepared) {
    prepared = db.prepare(sql);
    byText.set(sql, prepared);
  }
  return prepared;
}

/** Throws unless a write touched exactly the expected number of rows: a silent no-op is a bug. */
export function expectChanges(actual: number, expected: number, what: string): void {
  if (actual !== expected) throw new Error(`${what}: expected ${expected} changed row(s), got ${actual}`);
}

/** `SET a = @a, b = @b` for the columns a patch names, in a fixed order so the statement cache stays small. */
export function setClause(columns: ReadonlyArray<readonly [field: string, column: string]>, patch: object): string {
  return columns
    .filter(([field]) => Object.hasOwn(patch, field) && (patch as Record<string, unknown>)[field] !== undefined)
    .map(([field, column]) => `${column} = @${field}`)
    .join(', ');
}
