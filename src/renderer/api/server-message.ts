import { isApiErrorBody } from '../../shared/api/errors.ts';
import type { ChangeEvent, MenuCommandEvent } from '../../shared/api/events.ts';
import type { CallResponse } from '../../shared/api/wire.ts';

export type ParsedServerMessage =
  | { type: 'reply'; id: number; response: CallResponse }
  | { type: 'changed'; payload: ChangeEvent }
  | { type: 'command'; payload: MenuCommandEvent }
  | { type: 'unknown' };

/** Reads one frame from the server without trusting its shape; anything unexpected is 'unknown' and ignored. */
export function parseServerMessage(data: unknown): ParsedServerMessage {
  if (typeof data !== 'string') return { type: 'unknown' };
  let message: unknown;
  try {
    message = JSON.parse(data);
  } catch {
    return { type: 'unknown' };
  }
  if (typeof message !== 'object' || message === null) return { type: 'unknown' };
  const record = message as Record<string, unknown>;

  if (record.type === 'reply' && typeof record.id === 'number') {
    if (record.ok === true) return { type: 'reply', id: record.id, response: { ok: true, result: record.result } };
    const error = isApiErrorBody(record.error) ? record.error : { code: 'internal' as const, message: 'The server sent an error without a description.' };
    return { type: 'reply', id: record.id, response: { ok: false, error } };
  }

  if (record.type === 'event' && record.event === 'changed' && isChangeEvent(record.payload)) {
    return { type: 'changed', payload: record.payload };
  }
  if (record.type === 'event' && record.event === 'command' && isMenuCommand(record.payload)) {
    return { type: 'command', payload: { commandId: record.payload.commandId } };
  }
  return { type: 'unknown' };
}

function isChangeEvent(value: unknown): value is ChangeEvent {
  if (typeof value !== 'object' || value === null) return false;
  const payload = value as Record<string, unknown>;
  return (
    typeof payload.meetingId === 'string' &&
    typeof payload.entity === 'string' &&
    typeof payload.entityId === 'string' &&
    typeof payload.op === 'string' &&
    typeof payload.revision === 'number'
  );
}

function isMenuCommand(value: unknown): value is MenuCommandEvent {
  return typeof value === 'object' && value !== null && typeof (value as Record<string, unknown>).commandId === 'string';
}
