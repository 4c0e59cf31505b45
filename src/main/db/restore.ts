import fs from 'node:fs';
import fsp from 'node:fs/promises';
import DatabaseConstructor from 'better-sqlite3';
import { writeAtomically } from '../files/atomic-file.ts';
import { damagedFileName, newestGoodBackup } from './backups.ts';
import { DatabaseFileError } from './database-errors.ts';
import { checkDatabaseFile } from './file-check.ts';

export interface Restored {
  /** The backup now in the database's place (it stays where it was too). */
  backup: string;
  /** Where the damaged database was moved, or null if there was no file to move. */
  keptAs: string | null;
}

/** SQLite's companions of a database file, which belong to it and move with it. */
const COMPANIONS = ['-wal', '-shm', '-journal'];

/**
 * Puts a good backup in the place of a damaged database. The damaged file (and its -wal and -shm) is renamed, never
 * deleted; the backup is copied (with SQLite's backup API), not moved. Refuses a database that passes the check: only a damaged one is replaced.
 */
export async function restoreBackup(file: string, options: { from?: string; now?: () => Date } = {}): Promise<Restored> {
  if (fs.existsSync(file) && checkDatabaseFile(file).ok) {
    throw new DatabaseFileError(file, `The database ${file} is not damaged; restore replaces only a damaged database, so nothing was changed.`);
  }
  const backup = options.from ?? newestGoodBackup(file);
  if (backup === null) {
    throw new DatabaseFileError(file, `No good backup of ${file} was found beside it; nothing was changed. Give one with --from FILE.`);
  }
  if (!fs.existsSync(backup)) throw new DatabaseFileError(file, `The backup ${backup} does not exist; nothing was changed.`);
  const check = checkDatabaseFile(backup);
  if (!check.ok)
    throw new DatabaseFileError(file, `The backup ${backup} is damaged too (${check.problem}); nothing was changed. Choose another with --from FILE.`);

  const keptAs = fs.existsSync(file) ? damagedFileName(file, (options.now ?? (() => new Date()))()) : null;
  // The copy is complete on the disk before the damaged file leaves its place.
  const copied = `${file}.restoring`;
  const source = new DatabaseConstructor(backup, { readonly: true, fileMustExist: true });
  try {
    // Through SQLite rather than a file copy, so what a backup holds in its own -wal file comes along.
    await writeAtomically(copied, async (temporary) => {
      await source.backup(temporary);
    });
  } finally {
    source.close();
  }
  if (keptAs !== null) {
    await fsp.rename(file, keptAs);
    for (const suffix of COMPANIONS) {
      if (fs.existsSync(`${file}${suffix}`)) await fsp.rename(`${file}${suffix}`, `${keptAs}${suffix}`);
    }
  }
  await fsp.rename(copied, file);
  return { backup, keptAs };
}
