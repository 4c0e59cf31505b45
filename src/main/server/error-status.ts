import type { ApiErrorCode } from '../../shared/api/errors.ts';

const STATUS_BY_CODE: Readonly<Record<ApiErrorCode, number>> = {
  invalid_input: 400,
  unknown_method: 404,
  not_found: 404,
  forbidden: 403,
  conflict: 409,
  internal: 500,
  disk_full: 507,
  read_only: 500,
  locked: 503,
  damaged: 500,
};

/** The HTTP status for a failed call on POST /api/call, so scripts can branch on it without reading the body. */
export function statusForError(code: ApiErrorCode): number {
  return STATUS_BY_CODE[code];
}
