import { dispatch } from '../../src/main/api/dispatch.ts';
import type { Service } from '../../src/main/service/service.ts';
import { ApiError } from '../../src/shared/api/errors.ts';
import type { ImportApi } from '../../src/shared/timeline/send-import.ts';

/** sendImport()'s four calls made through dispatch() on the service, as the CLI makes them: each answers or throws. */
export function importApiOver(service: Service): ImportApi {
  const answer = <T>(method: string, input: unknown): Promise<T> => {
    const response = dispatch(service, method, input);
    return response.ok ? Promise.resolve(response.result as T) : Promise.reject(ApiError.fromBody(response.error));
  };
  return {
    start: (input) => answer('timeline.importStart', input),
    chunk: (input) => answer('timeline.import', input),
    finish: (input) => answer('timeline.importFinish', input),
    remove: (input) => answer('timeline.importRemove', input),
  };
}
