import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  IPC_CALL_CHANNEL,
  IPC_EVENT_CHANNEL,
  IPC_PICK_FOLDER_CHANNEL,
  IPC_SAVE_FILE_CHANNEL,
  IPC_UPLOAD_CHANNEL,
  type DebriefBridge,
  type EvidenceUploadInput,
  type PickFolderPurpose,
  type SaveFileRequest,
  type SaveFileResult,
} from '../shared/api/bridge.ts';
import type { ServerEvent } from '../shared/api/events.ts';
import type { CallResponse } from '../shared/api/wire.ts';

// Runs sandboxed: bundled into one CommonJS file that requires nothing but 'electron' (see electron.vite.config.ts).
// The page gets five functions and never ipcRenderer or an IPC event object.

function call(method: string, input: unknown): Promise<CallResponse> {
  return ipcRenderer.invoke(IPC_CALL_CHANNEL, { method, input }) as Promise<CallResponse>;
}

function subscribe(listener: (event: ServerEvent) => void): () => void {
  const forward = (_event: IpcRendererEvent, message: ServerEvent): void => listener(message);
  ipcRenderer.on(IPC_EVENT_CHANNEL, forward);
  return () => {
    ipcRenderer.removeListener(IPC_EVENT_CHANNEL, forward);
  };
}

/** Asks the main process to show the native Save dialog and write the bytes where the user chose. */
function saveFile(request: SaveFileRequest): Promise<SaveFileResult> {
  const { suggestedName, data, filters, companions } = request;
  const message = companions === undefined ? { suggestedName, data, filters } : { suggestedName, data, filters, companions };
  return ipcRenderer.invoke(IPC_SAVE_FILE_CHANNEL, message) as Promise<SaveFileResult>;
}

/** Sends one image to evidence.upload on its own channel: the call channel stops at 1 MB. */
function upload(input: EvidenceUploadInput): Promise<CallResponse> {
  return ipcRenderer.invoke(IPC_UPLOAD_CHANNEL, input) as Promise<CallResponse>;
}

/** Asks the main process for the native folder picker; the answer is the folder chosen, or null. */
function pickFolder(purpose: PickFolderPurpose): Promise<string | null> {
  return ipcRenderer.invoke(IPC_PICK_FOLDER_CHANNEL, purpose) as Promise<string | null>;
}

contextBridge.exposeInMainWorld('debrief', { call, subscribe, saveFile, upload, pickFolder } satisfies DebriefBridge);
