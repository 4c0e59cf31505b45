import { ApiError, type ApiErrorCode } from '../../shared/api/errors.ts';

/** Failures that stay until someone acts: frees disk space, makes the file writable, restores a backup. */
const LASTING: ReadonlySet<ApiErrorCode> = new Set(['disk_full', 'read_only', 'damaged']);

/**
 * Whether trying the same write again by itself is pointless: such a failure is shown with the service's sentence
 * (which says what to do) and sent again only when the user asks or types again, never on a timer.
 */
export function isLastingFailure(error: unknown): boolean {
  return error instanceof ApiError && LASTING.has(error.code);
}
