import type { Database } from 'better-sqlite3';
import { createJoinManager, type JoinManager } from '../joining/join-manager.ts';
import { createService, type Service } from '../service/service.ts';

export interface AppService {
  service: Service;
  /** Opens and closes the note-takers' listener of the same server; close it before the database. */
  joining: JoinManager;
}

/** The service as the desktop app and `npm run serve` both run it: with joining, whose pages are the built renderer. */
export function createAppService(db: Database, staticDir: string): AppService {
  const joining = createJoinManager({ staticDir });
  const service = createService(db, { joining });
  joining.attach(service);
  return { service, joining };
}
