import type { z } from 'zod';

/**
 * `forbidden`: the caller may not make this call at all (a note-taker asking to change the agenda, say).
 * The database's own failures each have a code, so a client can tell a moment's wait from a lasting problem:
 * `disk_full`, `read_only` and `damaged` last until someone acts; `locked` passes (another program was writing).
 */
export type ApiErrorCode =
  'invalid_input' | 'unknown_method' | 'not_found' | 'forbidden' | 'conflict' | 'internal' | 'disk_full' | 'read_only' | 'locked' | 'damaged';

export interface ApiErrorBody {
  code: ApiErrorCode;
  message: string;
  /** For invalid_input: the dotted path of the first offending field, e.g. "patch.title". */
  field?: string;
}

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly field: string | undefined;

  constructor(code: ApiErrorCode, message: string, field?: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.field = field;
  }

  toBody(): ApiErrorBody {
    return this.field === undefined ? { code: this.code, message: this.message } : { code: this.code, message: this.message, field: this.field };
  }

  static fromBody(body: ApiErrorBody): ApiError {
    return new ApiError(body.code, body.message, body.field);
  }
}

export function invalidInput(error: z.ZodError): ApiError {
  const issue = error.issues[0];
  if (!issue) return new ApiError('invalid_input', 'input: is not valid', 'input');
  // An unexpected key is named as the field itself, so the message points at what to remove.
  const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
  const field = path.length > 0 ? path.map(String).join('.') : 'input';
  const message = issue.code === 'unrecognized_keys' ? 'is not a field this method accepts' : issue.message;
  return new ApiError('invalid_input', `${field}: ${message}`, field);
}

export function isApiErrorBody(value: unknown): value is ApiErrorBody {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    typeof (value as { message?: unknown }).message === 'string'
  );
}
