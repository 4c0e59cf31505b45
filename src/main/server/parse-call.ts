import type { ApiErrorBody } from '../../shared/api/errors.ts';
import type { CallRequest } from '../../shared/api/wire.ts';

/** The reply id used when a message is too broken to carry one; client counters start at 1, so it never matches. */
export const UNREADABLE_REQUEST_ID = -1;

export type ParsedCall = { ok: true; request: CallRequest } | { ok: false; id: number; error: ApiErrorBody };

/** Reads one WebSocket text message as `{id, method, input}`; what dispatch() checks (method, input) is left to it. */
export function parseCallMessage(text: string): ParsedCall {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return refuse(UNREADABLE_REQUEST_ID, 'message', 'must be JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return refuse(UNREADABLE_REQUEST_ID, 'message', 'must be an object {id, method, input}');
  }
  const { id, method, input } = value as { id?: unknown; method?: unknown; input?: unknown };
  if (typeof id !== 'number' || !Number.isSafeInteger(id)) {
    return refuse(UNREADABLE_REQUEST_ID, 'id', 'must be a whole number');
  }
  if (typeof method !== 'string') return refuse(id, 'method', 'must be a method name');
  return { ok: true, request: { id, method, input } };
}

function refuse(id: number, field: string, message: string): ParsedCall {
  return { ok: false, id, error: { code: 'invalid_input', field, message: `${field}: ${message}` } };
}
