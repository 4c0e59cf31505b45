import type { Method, MethodInput, MethodResult } from '../../shared/api/contract.ts';
import type { ApiErrorBody } from '../../shared/api/errors.ts';
import { dispatch } from '../api/dispatch.ts';
import { writeBackup } from '../db/backups.ts';
import { openDatabase } from '../db/open.ts';
import { createService } from '../service/service.ts';

export type CallOutcome<M extends Method> = { ok: true; result: MethodResult<M> } | { ok: false; error: ApiErrorBody };

/** The API contract in-process: the same dispatch() the server and the desktop app use, so validation is identical. */
export interface LocalApi {
  call<M extends Method>(method: M, input: MethodInput<M>): CallOutcome<M>;
  /** Copies the whole database, with SQLite's backup API, to `target` (written under a temporary name first). */
  backup(target: string): Promise<void>;
  close(): void;
}

export async function openLocalApi(databasePath: string, access: 'read' | 'write'): Promise<LocalApi> {
  const db = await openDatabase(databasePath, { access });
  const service = createService(db);
  return {
    call(method, input) {
      // dispatch() ran the handler for `method`, whose type is the contract's MethodResult<M>.
      return dispatch(service, method, input) as CallOutcome<typeof method>;
    },
    backup(target) {
      return writeBackup(db, target);
    },
    close() {
      db.close();
    },
  };
}
