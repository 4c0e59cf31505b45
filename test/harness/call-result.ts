import type { CallResponse } from '../../src/shared/api/wire.ts';

/** The result of a call that must have succeeded; a refusal fails the test with the service's own words. */
export function ok<T>(response: CallResponse): T {
  if (!response.ok) throw new Error(`expected success, got ${JSON.stringify(response.error)}`);
  return response.result as T;
}
