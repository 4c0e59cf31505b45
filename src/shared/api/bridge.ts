import type { EvidenceUploadInput } from './evidence.ts';
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
  companions?: SaveFileCompanions;
}

/**
 * Files written beside the saved file, in a folder of their own: the images a Markdown report links to. The folder's
 * name is fixed by the page (the report's links use it), whatever name the user gives the file itself.
 */
export interface SaveFileCompanions {
  /** A bare folder name, such as "INC-2017-01-31-images". */
  folder: string;
  files: ReadonlyArray<{ name: string; data: Uint8Array }>;
}

/** `saved` false with no error: the user cancelled. */
export interface SaveFileResult {
  saved: boolean;
  path?: string;
  error?: string;
}

/**
 * What the preload exposes to the renderer as `window.debrief`: nothing but these functions. `saveFile` and `upload`
 * exist only in the desktop app; the browser page downloads instead, so the renderer checks for it before using it.
 */
export interface DebriefBridge {
  call(method: string, input: unknown): Promise<CallResponse>;
  subscribe(listener: (event: ServerEvent) => void): () => void;
  saveFile?(request: SaveFileRequest): Promise<SaveFileResult>;
  /** Desktop app only: sends one image to evidence.upload; the browser page posts it to /api/evidence/upload instead. */
  upload?(input: EvidenceUploadInput): Promise<CallResponse>;
  /** Desktop app only: the native folder picker (where to publish, a library source); null when cancelled. */
  pickFolder?(purpose: PickFolderPurpose): Promise<string | null>;
}

/** What the folder is picked for: only the dialog's title and button differ. */
export type PickFolderPurpose = 'publish' | 'library-source';

/** evidence.upload's input, the image's bytes included. */
export type { EvidenceUploadInput };

/** IPC channel names shared by main and preload. */
export const IPC_CALL_CHANNEL = 'debrief:call';
export const IPC_EVENT_CHANNEL = 'debrief:event';
export const IPC_SAVE_FILE_CHANNEL = 'debrief:save-file';
export const IPC_UPLOAD_CHANNEL = 'debrief:upload';
export const IPC_PICK_FOLDER_CHANNEL = 'debrief:pick-folder';
