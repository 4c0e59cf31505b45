import { ApiError } from '../../shared/api/errors.ts';
import { EVIDENCE_UPLOAD } from '../../shared/api/evidence.ts';
import type { CallResponse } from '../../shared/api/wire.ts';
import { MAX_IMAGE_BYTES } from '../../shared/domain/evidence.ts';
import { uploadTooLargeMessage } from '../../shared/evidence/upload-request.ts';
import type { CallEvent } from './ipc-call.ts';
import { isTrustedUrl } from './trusted-url.ts';

export interface UploadHandlerOptions {
  trustedOrigins: readonly string[];
  /** Runs evidence.upload through dispatch(), as the facilitator; never throws. */
  dispatch: (method: typeof EVIDENCE_UPLOAD, input: unknown) => CallResponse;
}

/**
 * The ipcMain.handle(IPC_UPLOAD_CHANNEL) handler: the desktop app's upload route for an image, which is too big for the
 * 1 MB limit of the call channel. The same frame check as every call; the bytes must be a Uint8Array of at most 10 MB,
 * and evidence.upload reads their type from the content.
 */
export function createUploadHandler(options: UploadHandlerOptions): (event: CallEvent, input: unknown) => CallResponse {
  return (event, input) => {
    const frame = event.senderFrame;
    if (frame === null || frame.parent !== null || !isTrustedUrl(frame.url, options.trustedOrigins)) {
      console.warn(`Refused an upload from ${frame === null ? 'a frame that is gone' : JSON.stringify(frame.url.slice(0, 200))}`);
      throw new Error('Refused: this page may not upload images');
    }
    const fields = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
    const { bytes, fileName } = fields;
    if (bytes instanceof Uint8Array && bytes.byteLength > MAX_IMAGE_BYTES) {
      const name = typeof fileName === 'string' && fileName !== '' ? fileName : 'The image';
      return { ok: false, error: new ApiError('invalid_input', uploadTooLargeMessage(name), 'bytes').toBody() };
    }
    return options.dispatch(EVIDENCE_UPLOAD, input);
  };
}
