import type { CallResponse } from '../../shared/api/wire.ts';
import { EVIDENCE_PATHS, evidenceUploadQuery } from '../../shared/evidence/upload-request.ts';
import type { FileTransport } from './file-transport.ts';

const unreachable = (what: string): CallResponse => ({
  ok: false,
  error: { code: 'internal', message: `${what} could not reach Debrief: check the connection and try again.` },
});

/**
 * A browser page: POST /api/evidence/upload and GET /api/evidence/image/<id> on the server that served it, and a call
 * too large for one WebSocket message as POST /api/call/<method>.
 */
export function httpFileTransport(): FileTransport {
  return {
    upload(input, onProgress) {
      const { bytes, ...fields } = input;
      return new Promise((resolve) => {
        const request = new XMLHttpRequest();
        request.open('POST', `${EVIDENCE_PATHS.upload}?${evidenceUploadQuery(fields)}`);
        request.setRequestHeader('Content-Type', 'application/octet-stream');
        request.upload.onprogress = (event) => {
          if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total);
        };
        request.onload = () => resolve(callResponseFrom(request.status, request.responseText));
        request.onerror = () => resolve(unreachable(`"${fields.fileName ?? 'The image'}"`));
        request.send(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/octet-stream' }));
      });
    },
    async image(id) {
      try {
        const response = await fetch(`${EVIDENCE_PATHS.imagePrefix}${encodeURIComponent(id)}`, { credentials: 'same-origin' });
        if (!response.ok) return callResponseFrom(response.status, await response.text());
        const mediaType = response.headers.get('content-type') ?? '';
        return { ok: true, result: { mediaType, bytes: new Uint8Array(await response.arrayBuffer()) } };
      } catch {
        return unreachable('The image');
      }
    },
    async callLarge(method, input) {
      try {
        const response = await fetch(`/api/call/${encodeURIComponent(method)}`, {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(input),
        });
        return callResponseFrom(response.status, await response.text());
      } catch {
        return unreachable('The request');
      }
    },
  };
}

/** The route answers JSON as a call does; anything else (a refusal by the door, say) becomes an error with its text. */
function callResponseFrom(status: number, text: string): CallResponse {
  try {
    const parsed = JSON.parse(text) as CallResponse;
    if (typeof parsed === 'object' && parsed !== null && 'ok' in parsed) return parsed;
  } catch {
    // Not JSON: said below in words.
  }
  const message =
    status === 401 || status === 403 ? 'You are no longer signed in to this meeting: reload the page.' : text.trim() || `The server answered ${status}.`;
  return { ok: false, error: { code: status === 404 ? 'not_found' : 'internal', message } };
}
