import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL, type DebriefBridge } from '../shared/api/bridge.ts';
import type { ServerEvent } from '../shared/api/events.ts';
import type { CallResponse } from '../shared/api/wire.ts';

// Runs sandboxed: bundled into one CommonJS file that requires nothing but 'electron' (see electron.vite.config.ts).
// The page gets two functions and never ipcRenderer or an IPC event object.

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

contextBridge.exposeInMainWorld('debrief', { call, subscribe } satisfies DebriefBridge);
