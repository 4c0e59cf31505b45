import type { ServerEvent } from './events.ts';
import type { CallResponse } from './wire.ts';

/** A file type offered in the native Save dialog, as Electron's FileFilter. */
export interface SaveFileFilter {
  name: string;
  /** Without the dot: "md", "docx". */
  extensions: readonly string[];
}

export interface SaveFileRequest {
  /** The file name the dialog suggests; the user may change it and the folder. */
  suggestedName: string;
  data: Uint8Array;
  filters: readonly SaveFileFilter[];
}

/** `saved` false with no error: the user cancelled. */
export interface SaveFileResult {
  saved: boolean;
  path?: string;
  error?: string;
}

/**
 * What the preload exposes to the renderer as `window.debrief`: nothing but these functions. `saveFile` exists only in
 * the desktop app; the browser page downloads instead, so the renderer checks for it before using it.
 */
export interface DebriefBridge {
  call(method: string, input: unknown): Promise<CallResponse>;
  subscribe(listener: (event: ServerEvent) => void): () => void;
  saveFile?(request: SaveFileRequest): Promise<SaveFileResult>;
}

/** IPC channel names shared by main and preload. */
export const IPC_CALL_CHANNEL = 'debrief:call';
export const IPC_EVENT_CHANNEL = 'debrief:event';
export const IPC_SAVE_FILE_CHANNEL = 'debrief:save-file';
