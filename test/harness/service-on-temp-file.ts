import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach } from 'vitest';
import { openDatabase } from '../../src/main/db/open.ts';
import type { ServiceOptions } from '../../src/main/service/context.ts';
import { createService, type Service } from '../../src/main/service/service.ts';
import { makeTempDir, type TempDir } from './temp-dir.ts';

export interface ServiceOnTempFile {
  temp: TempDir;
  /** The database file, debrief.sqlite in the temp folder. */
  file: string;
  db: Database;
  service: Service;
  /** Closes the database (if still open) and deletes the temp folder. */
  close(): void;
}

/**
 * The service over a fresh SQLite file in a new temp folder: the one way a test gets a real database. `options` may be
 * built from the folder (a join manager serving a stand-in site from it).
 */
export async function openServiceOnTempFile(options: ServiceOptions | ((temp: TempDir) => ServiceOptions) = {}, prefix?: string): Promise<ServiceOnTempFile> {
  const temp = makeTempDir(prefix);
  const file = temp.file('debrief.sqlite');
  let db: Database;
  try {
    db = await openDatabase(file);
  } catch (error) {
    temp.remove();
    throw error;
  }
  return {
    temp,
    file,
    db,
    service: createService(db, typeof options === 'function' ? options(temp) : options),
    close() {
      if (db.open) db.close();
      temp.remove();
    },
  };
}

/**
 * Writes a database file through the service, as the app would have left it: opens `file` (creating it), runs `seed`
 * with the service on it, closes it and returns what `seed` returned. For tests that then hand the file to a process.
 */
export async function seedDatabase<T>(file: string, seed: (service: Service, db: Database) => T, options: ServiceOptions = {}): Promise<T> {
  const db = await openDatabase(file);
  try {
    return seed(createService(db, options), db);
  } finally {
    db.close();
  }
}

/** For each test: the service over a fresh SQLite file in a temp folder, closed and removed afterwards. */
export function useServiceOnTempFile(options: () => ServiceOptions = () => ({})): ServiceOnTempFile {
  const fixture = {} as ServiceOnTempFile;
  beforeEach(async () => {
    Object.assign(fixture, await openServiceOnTempFile(options()));
  });
  afterEach(() => {
    fixture.close();
  });
  return fixture;
}
