import type { Database } from 'better-sqlite3';
import { createJoinManager, type JoinManager } from '../joining/join-manager.ts';
import { dispatch } from '../api/dispatch.ts';
import { watchLibrarySources, type SourceWatcher } from '../files/source-watcher.ts';
import { createService, type Service } from '../service/service.ts';
import { startImportSweeps, type ImportSweeps } from './import-sweeps.ts';
import type { LibrarySource, SourceReadResult } from '../../shared/domain/library-source.ts';
import { SOURCES_LIST, SOURCES_REREAD } from '../../shared/api/sources.ts';

export interface AppService {
  service: Service;
  /** Opens and closes the note-takers' listener of the same server; close it before the database. */
  joining: JoinManager;
  /** Reads each library source again when its folder changes; close it before the database. */
  sources: SourceWatcher;
  /** Rolls back timeline imports left running; stop it before the database is closed. */
  importSweeps: ImportSweeps;
}

/** The service as the desktop app and `npm run serve` both run it: with joining, whose pages are the built renderer. */
export function createAppService(db: Database, staticDir: string): AppService {
  const joining = createJoinManager({ staticDir });
  const service = createService(db, { joining });
  joining.attach(service);
  const sources = watchLibrarySources({
    list: () => {
      const listed = dispatch(service, SOURCES_LIST, {});
      return listed.ok ? (listed.result as LibrarySource[]) : [];
    },
    reread: (id) => {
      // A large change is read in batches, each its own transaction, with other calls answered in between.
      const readBatch = (): void => {
        const read = dispatch(service, SOURCES_REREAD, { id });
        if (!read.ok) console.error(`Reading a library source again failed: ${read.error.message}`);
        else if ((read.result as SourceReadResult).remaining > 0) setImmediate(readBatch);
      };
      readBatch();
    },
    onChange: (listener) => service.onChange(listener),
  });
  return { service, joining, sources, importSweeps: startImportSweeps(service) };
}
