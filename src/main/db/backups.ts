import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { writeAtomically } from '../files/atomic-file.ts';
import { checkDatabaseFile } from './file-check.ts';

/** Routine backups kept beside the database; older routine ones are removed, migration ones never. */
export const ROUTINE_BACKUPS_KEPT = 7;

export interface BackupFile {
  path: string;
  /** 'migration': taken before a newer Debrief changed the schema; 'routine': at start and once a day. */
  kind: 'migration' | 'routine';
  /** The time in its name, as written there (ISO 8601 with - for : and .), which sorts by time. */
  stamp: string;
}

function stampOf(at: Date): string {
  return at.toISOString().replace(/[:.]/g, '-');
}

/** `debrief.sqlite.backup-v4-2026-11-23T10-00-00-000Z`: the copy made before migrating from schema version 4. */
export function backupFileName(file: string, fromVersion: number, at: Date): string {
  return `${file}.backup-v${fromVersion}-${stampOf(at)}`;
}

/** `debrief.sqlite.backup-2026-11-23T10-00-00-000Z`: a routine backup. */
export function routineBackupFileName(file: string, at: Date): string {
  return `${file}.backup-${stampOf(at)}`;
}

/** `debrief.sqlite.damaged-2026-11-23T10-00-00-000Z`: where a damaged database is kept when a backup replaces it. */
export function damagedFileName(file: string, at: Date): string {
  return `${file}.damaged-${stampOf(at)}`;
}

const BACKUP_SUFFIX = /^\.backup-(v\d+-)?(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)$/;

/** The backups of `file` in its folder, newest first. */
export function listBackups(file: string): BackupFile[] {
  const folder = path.dirname(file);
  const base = path.basename(file);
  const names = safeReaddir(folder);
  const found: BackupFile[] = [];
  for (const name of names) {
    if (!name.startsWith(base)) continue;
    const match = BACKUP_SUFFIX.exec(name.slice(base.length));
    if (!match?.[2]) continue;
    found.push({ path: path.join(folder, name), kind: match[1] ? 'migration' : 'routine', stamp: match[2] });
  }
  return found.sort((a, b) => (a.stamp < b.stamp ? 1 : a.stamp > b.stamp ? -1 : 0));
}

/** The newest backup beside `file` that passes the integrity check, or null. */
export function newestGoodBackup(file: string): string | null {
  for (const backup of listBackups(file)) {
    try {
      if (checkDatabaseFile(backup.path).ok) return backup.path;
    } catch {
      // A backup that cannot even be opened is not a good one.
    }
  }
  return null;
}

/**
 * Copies the open database with SQLite's online backup API into a temporary file, renamed to `target` only once
 * complete: a crash or a full disk mid-copy never leaves a file named like a backup that is not one.
 */
export async function writeBackup(db: Database, target: string): Promise<void> {
  await writeAtomically(target, async (temporary) => {
    await db.backup(temporary);
  });
}

/** Takes a routine backup beside `file` and removes the routine backups beyond the newest seven. */
export async function takeRoutineBackup(db: Database, file: string, at: Date): Promise<string> {
  const target = routineBackupFileName(file, at);
  await writeBackup(db, target);
  pruneRoutineBackups(file);
  removeAbandonedCopies(file, at);
  return target;
}

/** A backup's temporary file grows until it is renamed; one left alone this long was cut off by a crash. */
const ABANDONED_AFTER_MS = 60 * 60 * 1000;

/** Removes the temporary files of backups that a crash cut off (they never took a backup's name). */
export function removeAbandonedCopies(file: string, at: Date): string[] {
  const folder = path.dirname(file);
  const prefix = `.${path.basename(file)}.backup-`;
  const removed: string[] = [];
  for (const name of safeReaddir(folder)) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const temporary = path.join(folder, name);
    try {
      if (at.getTime() - fs.statSync(temporary).mtimeMs < ABANDONED_AFTER_MS) continue;
      fs.rmSync(temporary, { force: true });
      removed.push(temporary);
    } catch {
      // Gone already, or renamed by the backup that owned it.
    }
  }
  return removed;
}

function safeReaddir(folder: string): string[] {
  try {
    return fs.readdirSync(folder);
  } catch {
    return [];
  }
}

/**
 * Removes routine backups beyond the newest `keep`. Migration backups are never removed, nor is the newest backup
 * that passes the integrity check, whatever its age. Returns the files removed.
 */
export function pruneRoutineBackups(file: string, keep: number = ROUTINE_BACKUPS_KEPT): string[] {
  const surplus = listBackups(file)
    .filter((backup) => backup.kind === 'routine')
    .slice(keep);
  if (surplus.length === 0) return [];
  const good = newestGoodBackup(file);
  const removed: string[] = [];
  for (const backup of surplus) {
    if (backup.path === good) continue;
    fs.rmSync(backup.path, { force: true });
    removed.push(backup.path);
  }
  return removed;
}
