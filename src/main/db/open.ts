import fs from 'node:fs';
import path from 'node:path';
import DatabaseConstructor from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import type { Migration } from './migration-type.ts';
import { MIGRATIONS } from './migrations/index.ts';
import { migrate, pendingMigrations, schemaVersion } from './migrate.ts';

export interface OpenDatabaseOptions {
  /** Called with the path of the copy made before an existing database is migrated. */
  onBackup?: (backupFile: string) => void;
  now?: () => Date;
  /** The migrations to apply; tests pass extra ones to exercise upgrades. */
  migrations?: readonly Migration[];
}

/** Durability first: every commit reaches the disk before the caller hears it succeeded. */
export function applyPragmas(db: Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
}

export function backupFileName(file: string, fromVersion: number, at: Date): string {
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  return `${file}.backup-v${fromVersion}-${stamp}`;
}

/**
 * Opens (creating if needed) a Debrief database and brings its schema up to date. An existing database is copied
 * with SQLite's online backup API before any migration touches it; a database from a newer version is refused.
 */
export async function openDatabase(file: string, options: OpenDatabaseOptions = {}): Promise<Database> {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new DatabaseConstructor(file);
  try {
    db.pragma('busy_timeout = 5000');
    const migrations = options.migrations ?? MIGRATIONS;
    const latest = migrations.at(-1)?.version ?? 0;
    // Checked before any pragma that writes to the file, so a refused database is left byte-for-byte as it was.
    const pending = pendingMigrations(db, latest, migrations);
    applyPragmas(db);
    const fromVersion = schemaVersion(db);
    if (pending.length > 0 && fromVersion > 0 && file !== ':memory:') {
      const backupFile = backupFileName(path.resolve(file), fromVersion, (options.now ?? (() => new Date()))());
      await db.backup(backupFile);
      options.onBackup?.(backupFile);
    }
    if (pending.length > 0) migrate(db, latest, migrations);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
