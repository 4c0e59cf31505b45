import type { Method, MethodInput, MethodResult } from '../../shared/api/contract.ts';
import type { ApiErrorBody } from '../../shared/api/errors.ts';
import { dispatch } from '../api/dispatch.ts';
import { openDatabase } from '../db/open.ts';
import { createService } from '../service/service.ts';

export type CallOutcome<M extends Method> = { ok: true; result: MethodResult<M> } | { ok: false; error: ApiErrorBody };

/** The API contract in-process: the same dispatch() the server and the desktop app use, so validation is identical. */
export interface LocalApi {
  call<M extends Method>(method: M, input: MethodInput<M>): CallOutcome<M>;
  close(): void;
}

export async function openLocalApi(databasePath: string): Promise<LocalApi> {
  const db = await openDatabase(databasePath);
  const service = createService(db);
  return {
    call(method, input) {
      // dispatch() ran the handler for `method`, whose type is the contract's MethodResult<M>.
      return dispatch(service, method, input) as CallOutcome<typeof method>;
    },
    close() {
      db.close();
    },
  };
}
