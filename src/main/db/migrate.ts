import type { Database } from 'better-sqlite3';
import { LATEST_VERSION, MIGRATIONS } from './migrations/index.ts';
import type { Migration } from './migration-type.ts';

export class DatabaseTooNewError extends Error {
  readonly found: number;
  readonly supported: number;

  constructor(found: number, supported: number) {
    super(
      `This database was written by a newer version of Debrief (schema version ${found}; this version reads up to ${supported}). ` +
        'Update Debrief to open it; the file has not been changed.',
    );
    this.name = 'DatabaseTooNewError';
    this.found = found;
    this.supported = supported;
  }
}

export class NotADebriefDatabaseError extends Error {
  constructor() {
    super('This file is an SQLite database but not a Debrief one (it already holds other tables); it has not been changed.');
    this.name = 'NotADebriefDatabaseError';
  }
}

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * The schema version and whether the file holds any table, read in one statement and so from one snapshot: read one
 * after the other, another program's migration could commit between them, and its fresh tables would look foreign.
 */
function schemaState(db: Database): { version: number; tables: number } {
  return db
    .prepare(
      "SELECT (SELECT user_version FROM pragma_user_version) AS version, (SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%') AS tables",
    )
    .get() as { version: number; tables: number };
}

export function pendingMigrations(db: Database, toVersion: number = LATEST_VERSION, migrations: readonly Migration[] = MIGRATIONS): Migration[] {
  const { version: current, tables } = schemaState(db);
  const supported = migrations.at(-1)?.version ?? 0;
  if (current > supported) throw new DatabaseTooNewError(current, supported);
  if (current === 0 && tables > 0) throw new NotADebriefDatabaseError();
  return migrations.filter((migration) => migration.version > current && migration.version <= toVersion);
}

/**
 * Runs every pending migration up to `toVersion` in one transaction: either all of them apply or none. What is
 * pending is read inside the transaction, so a second program opening the same new file at the same moment waits
 * for the first one's migration and then finds nothing left to do.
 *
 * Foreign keys are off while migrations run, as SQLite's ALTER TABLE page asks of a migration that rebuilds a table
 * (dropping the old one would otherwise cascade into the rows that point at it), and `foreign_key_check` must find
 * nothing newly broken before the transaction commits. Rows an older version already left dangling are not the
 * migration's doing and do not stop it. The connection's setting is put back afterwards.
 */
const danglingRows = (db: Database) => db.pragma('foreign_key_check') as Array<{ table: string; parent: string }>;

export function migrate(db: Database, toVersion: number = LATEST_VERSION, migrations: readonly Migration[] = MIGRATIONS): number {
  const enforced = db.pragma('foreign_keys', { simple: true }) === 1;
  if (enforced) db.pragma('foreign_keys = OFF');
  try {
    db.transaction(() => {
      const pending = pendingMigrations(db, toVersion, migrations);
      if (pending.length === 0) return;
      const brokenBefore = danglingRows(db).length;
      for (const migration of pending) {
        db.exec(migration.up);
        db.pragma(`user_version = ${migration.version}`);
      }
      const broken = danglingRows(db);
      const first = broken[0];
      if (first && broken.length > brokenBefore) {
        throw new Error(`The migration left rows of ${first.table} pointing at missing ${first.parent} rows; nothing was changed.`);
      }
    }).immediate();
  } finally {
    if (enforced) db.pragma('foreign_keys = ON');
  }
  return schemaVersion(db);
}
