import type { ServerEvent } from './events.ts';
import type { CallResponse } from './wire.ts';

/** What the preload exposes to the renderer as `window.debrief`: nothing but these two functions. */
export interface DebriefBridge {
  call(method: string, input: unknown): Promise<CallResponse>;
  subscribe(listener: (event: ServerEvent) => void): () => void;
}

/** IPC channel names shared by main and preload. */
export const IPC_CALL_CHANNEL = 'debrief:call';
export const IPC_EVENT_CHANNEL = 'debrief:event';
