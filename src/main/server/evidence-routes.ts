import type { IncomingMessage, ServerResponse } from 'node:http';
import { EVIDENCE_PATHS, evidenceUploadFields, uploadTooLargeMessage } from '../../shared/evidence/upload-request.ts';
import { MAX_IMAGE_BYTES } from '../../shared/domain/evidence.ts';
import type { CallResponse } from '../../shared/api/wire.ts';
import { EVIDENCE_IMAGE, EVIDENCE_UPLOAD } from '../../shared/api/evidence.ts';
import { runInTurn } from './call-scheduler.ts';
import { statusForError } from './error-status.ts';
import { readBody } from './read-body.ts';
import { sendJson, sendText } from './responses.ts';

/** Runs one API call for the request's caller, or answers undefined when the caller went meanwhile. */
export type EvidenceCall = (method: typeof EVIDENCE_UPLOAD | typeof EVIDENCE_IMAGE, input: unknown) => CallResponse | undefined;

/** The evidence paths: the upload (POST) and reading an image back (GET). False when the path is neither. */
export function isEvidencePath(pathname: string): boolean {
  return pathname === EVIDENCE_PATHS.upload || pathname.startsWith(EVIDENCE_PATHS.imagePrefix);
}

/**
 * POST /api/evidence/upload?meetingId=…&target=…&targetId=…&caption=…&fileName=…[&id=…&createdAt=…] with the image as
 * the body; GET /api/evidence/image/<id>. An image is too big for the API's 1 MB messages, so it travels on its own
 * request, read as it arrives and given up at 10 MB (413). Both end in dispatch() (evidence.upload, evidence.image),
 * behind the same Host/Origin checks and door as every call; the type is read from the bytes there, never from the
 * Content-Type, which must only be an image or application/octet-stream so that no cross-site form can post here.
 */
export async function handleEvidenceRequest(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  call: EvidenceCall,
  refuse: () => void,
): Promise<void> {
  if (pathname === EVIDENCE_PATHS.upload) return upload(req, res, call, refuse);
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Method Not Allowed', { Allow: 'GET' });
  const id = decodeURIComponent(pathname.slice(EVIDENCE_PATHS.imagePrefix.length));
  const response = await runInTurn(req.socket.remoteAddress, () => call(EVIDENCE_IMAGE, { id }));
  if (!response) return refuse();
  if (!response.ok) return sendJson(res, statusForError(response.error.code), response);
  const image = response.result as { mediaType: string; bytes: Uint8Array };
  res.writeHead(200, {
    'Content-Type': image.mediaType,
    'Content-Length': image.bytes.byteLength,
    // Stored images never change under their id; a private cache keeps thumbnails from being fetched again.
    'Cache-Control': 'private, max-age=31536000, immutable',
    'Content-Security-Policy': "default-src 'none'; sandbox",
  });
  res.end(req.method === 'HEAD' ? undefined : Buffer.from(image.bytes.buffer, image.bytes.byteOffset, image.bytes.byteLength));
}

async function upload(req: IncomingMessage, res: ServerResponse, call: EvidenceCall, refuse: () => void): Promise<void> {
  if (req.method !== 'POST') return sendText(res, 405, 'Method Not Allowed', { Allow: 'POST' });
  const type = req.headers['content-type']?.split(';', 1)[0]?.trim().toLowerCase() ?? '';
  if (type !== 'application/octet-stream' && !type.startsWith('image/')) {
    return sendText(res, 415, 'Unsupported Media Type: send the image itself with Content-Type: application/octet-stream');
  }
  const fields = evidenceUploadFields(new URL(req.url ?? '/', 'http://localhost').searchParams);
  const body = await readBody(req, MAX_IMAGE_BYTES);
  if (!body.ok) {
    res.setHeader('Connection', 'close');
    const message = uploadTooLargeMessage(typeof fields.fileName === 'string' && fields.fileName !== '' ? fields.fileName : 'The image');
    return sendJson(res, 413, { ok: false, error: { code: 'invalid_input', field: 'bytes', message } } satisfies CallResponse);
  }
  const bytes = new Uint8Array(body.body.buffer, body.body.byteOffset, body.body.byteLength);
  const response = await runInTurn(req.socket.remoteAddress, () => call(EVIDENCE_UPLOAD, { ...fields, bytes }));
  if (!response) return refuse();
  sendJson(res, response.ok ? 200 : statusForError(response.error.code), response);
}
