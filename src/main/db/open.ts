import fs from 'node:fs';
import path from 'node:path';
import DatabaseConstructor from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import type { Migration } from './migration-type.ts';
import { MIGRATIONS } from './migrations/index.ts';
import { migrate, pendingMigrations, schemaVersion } from './migrate.ts';
import { backupFileName, newestGoodBackup, writeBackup } from './backups.ts';
import { DatabaseDamagedError, DatabaseMissingError, DatabaseReadOnlyError } from './database-errors.ts';
import { checkDatabaseFile } from './file-check.ts';

export interface OpenDatabaseOptions {
  /** Called with the path of the copy made before an existing database is migrated. */
  onBackup?: (backupFile: string) => void;
  now?: () => Date;
  /** The migrations to apply; tests pass extra ones to exercise upgrades. */
  migrations?: readonly Migration[];
  /**
   * 'write' (the default) creates the file and its folders if needed and refuses a file or folder that cannot be
   * written; 'read', for callers that only read, refuses a missing file and creates nothing.
   */
  access?: 'read' | 'write';
}

/** Durability first: every commit reaches the disk before the caller hears it succeeded. */
export function applyPragmas(db: Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // 64 MB of page cache (the default is 2 MB): a large write, such as reading a library source of thousands of
  // reviews in one transaction, keeps the indexes it touches in memory instead of re-reading them.
  db.pragma('cache_size = -65536');
  // Statement journals (what a statement inside a transaction would undo) kept in memory: SQLite writes one to a
  // temporary file once a statement changes more than 64 KB of pages, and a write to a large library then paid two
  // system calls per page. They never serve crash recovery (the WAL does), so durability is the same.
  db.pragma('temp_store = MEMORY');
}

/**
 * Opens (creating if needed) a Debrief database and brings its schema up to date. An existing file is checked first:
 * a damaged one is refused untouched, naming the newest good backup beside it; for writing, a read-only file or
 * folder is refused before anything says it is running. An existing database is copied with
 * SQLite's online backup API before any migration touches it; a database from a newer version is refused.
 */
export async function openDatabase(file: string, options: OpenDatabaseOptions = {}): Promise<Database> {
  if (file !== ':memory:') checkFileBeforeOpening(path.resolve(file), options.access ?? 'write');
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
      await writeBackup(db, backupFile);
      options.onBackup?.(backupFile);
    }
    if (pending.length > 0) migrate(db, latest, migrations);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function checkFileBeforeOpening(file: string, access: 'read' | 'write'): void {
  const folder = path.dirname(file);
  if (!fs.existsSync(file)) {
    if (access === 'read') throw new DatabaseMissingError(file, !fs.existsSync(folder));
    fs.mkdirSync(folder, { recursive: true });
    if (!isWritable(folder)) throw new DatabaseReadOnlyError(file, 'folder');
    return;
  }
  if (access === 'write') {
    if (!isWritable(file)) throw new DatabaseReadOnlyError(file, 'file');
    // SQLite writes its -wal and -shm files, and Debrief its backups, beside the database.
    if (!isWritable(folder)) throw new DatabaseReadOnlyError(file, 'folder');
  }
  let check;
  try {
    check = checkDatabaseFile(file);
  } catch (error) {
    // Even reading a database in WAL mode needs its -shm file, which a read-only folder cannot hold.
    if (!isWritable(folder)) throw new DatabaseReadOnlyError(file, 'folder');
    throw error;
  }
  if (!check.ok) throw new DatabaseDamagedError(file, check.problem, newestGoodBackup(file));
}

/** Asks the system, which also knows read-only mounts and immutable files that permission bits do not show. */
function isWritable(target: string): boolean {
  try {
    fs.accessSync(target, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
