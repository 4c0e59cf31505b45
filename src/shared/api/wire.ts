import type { ApiErrorBody } from './errors.ts';
import type { ServerEvent } from './events.ts';

/** Messages on the WebSocket (browser mode) and the shapes IPC replies with. */
export interface CallRequest {
  id: number;
  method: string;
  input: unknown;
}

export type CallResponse = { ok: true; result: unknown } | { ok: false; error: ApiErrorBody };

export type ServerMessage = ({ type: 'reply'; id: number } & CallResponse) | ({ type: 'event' } & ServerEvent);

/** Upper bound on one WebSocket or IPC message; larger payloads are refused before parsing. */
export const MAX_MESSAGE_BYTES = 1_000_000;
