import type { DebriefBridge, EvidenceUploadInput } from '../../shared/api/bridge.ts';
import type { CallResponse } from '../../shared/api/wire.ts';
import type { Transport } from './transport.ts';

/**
 * How an image's bytes travel, apart from the API's messages (which stop at 1 MB and are JSON): an upload, and reading
 * an image back. Both answer as a call does, so the client treats them alike.
 */
export interface FileTransport {
  /** `onProgress` hears the share sent so far, from 0 to 1, where the transport can tell. */
  upload(input: EvidenceUploadInput, onProgress?: (sent: number) => void): Promise<CallResponse>;
  image(id: string): Promise<CallResponse>;
  /** A call whose input may be larger than one message (`takesLargeInput`): an archive with its images. */
  callLarge(method: string, input: unknown): Promise<CallResponse>;
}

/** Through the call channel itself: for a transport that carries bytes as they are (tests run the service in process). */
export function callFileTransport(transport: Transport): FileTransport {
  return {
    upload: (input) => transport.call('evidence.upload', input),
    image: (id) => transport.call('evidence.image', { id }),
    callLarge: (method, input) => transport.call(method, input),
  };
}

/** Electron: an upload on its own IPC channel (see src/main/electron/ipc-upload.ts); IPC carries the image back as bytes. */
export function ipcFileTransport(bridge: DebriefBridge): FileTransport {
  return {
    upload: (input) => (bridge.upload ? bridge.upload(input) : bridge.call('evidence.upload', input)),
    image: (id) => bridge.call('evidence.image', { id }),
    // The IPC channel takes such a call up to its own limit (ipc-call.ts).
    callLarge: (method, input) => bridge.call(method, input),
  };
}
