import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach } from 'vitest';
import { openDatabase } from '../../src/main/db/open.ts';
import { createService, type Service } from '../../src/main/service/service.ts';
import { makeTempDir } from './temp-dir.ts';

export interface ServiceOnTempFile {
  temp: ReturnType<typeof makeTempDir>;
  db: Database;
  service: Service;
}

/** For each test: the service over a fresh SQLite file in a temp folder, closed and removed afterwards. */
export function useServiceOnTempFile(): ServiceOnTempFile {
  const fixture = {} as ServiceOnTempFile;
  beforeEach(async () => {
    fixture.temp = makeTempDir();
    fixture.db = await openDatabase(fixture.temp.file('debrief.sqlite'));
    fixture.service = createService(fixture.db);
  });
  afterEach(() => {
    fixture.db.close();
    fixture.temp.remove();
  });
  return fixture;
}
