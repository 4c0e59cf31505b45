import DatabaseConstructor from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import { afterEach, expect } from 'vitest';
import { migrate, schemaVersion } from '../../src/main/db/migrate.ts';
import type { Migration } from '../../src/main/db/migration-type.ts';
import { MIGRATIONS } from '../../src/main/db/migrations/index.ts';

/** What one migration did to the rows a test reads: before it ran and after. */
export interface MigrationStep<T> {
  db: Database;
  before: T;
  after: T;
}

export interface MigrationTest {
  /** An in-memory database with foreign keys on, migrated to `version` (none: the latest), closed after the test. */
  databaseAt(version?: number, migrations?: readonly Migration[]): Database;
  /**
   * Seeds a database at version `from`, reads it, migrates it to `from + 1` (asserting the version it reports and
   * stores), and reads it again.
   */
  step<T>(from: number, seed: (db: Database) => void, read: (db: Database) => T, migrations?: readonly Migration[]): MigrationStep<T>;
}

/** Registers the cleanup and returns the one way migration tests open and step a database. */
export function useMigrationTest(): MigrationTest {
  const open: Database[] = [];
  afterEach(() => {
    for (const db of open.splice(0)) if (db.open) db.close();
  });

  const databaseAt = (version?: number, migrations: readonly Migration[] = MIGRATIONS): Database => {
    const db = new DatabaseConstructor(':memory:');
    db.pragma('foreign_keys = ON');
    open.push(db);
    if (version !== 0) migrate(db, version, migrations);
    return db;
  };

  return {
    databaseAt,
    step(from, seed, read, migrations = MIGRATIONS) {
      const db = databaseAt(from, migrations);
      expect(schemaVersion(db)).toBe(from);
      seed(db);
      const before = read(db);
      expect(migrate(db, from + 1, migrations)).toBe(from + 1);
      expect(schemaVersion(db)).toBe(from + 1);
      return { db, before, after: read(db) };
    },
  };
}
