import zlib from 'node:zlib';
import type { RawResponse } from './http-request.ts';
import { rawRequest } from './http-request.ts';

/**
 * A real PNG file (RGB, 8 bits), drawn as a little graph: a white plot with a rising red line, so a reader that
 * decodes images (LibreOffice, Chromium) has something genuine to decode.
 */
export function samplePng(width = 64, height = 32): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3, 0xff);
    row[0] = 0; // filter: none
    for (let x = 0; x < width; x++) {
      const lineY = height - 1 - Math.round((x / (width - 1)) * (height - 1));
      if (Math.abs(lineY - y) <= 1) row.set([0xd0, 0x20, 0x20], 1 + x * 3);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', zlib.deflateSync(Buffer.concat(rows))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A real PNG of random pixels, which no compression shrinks: 1,000 × 500 is about 1.5 MB, past one API message. */
export function noisyPng(width = 1000, height = 500, random: () => number = Math.random): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let i = 1; i < row.length; i++) row[i] = Math.floor(random() * 256);
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', zlib.deflateSync(Buffer.concat(rows))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

export interface UploadRequest {
  port: number;
  /** The loopback server's token (sent as Bearer); leave out for a note-taker, who sends `cookie`. */
  token?: string;
  cookie?: string;
  fields: Record<string, string>;
  body: Buffer;
  contentType?: string;
}

/** POST /api/evidence/upload as the page sends it: the fields in the query string, the image as the body. */
export function uploadEvidence(request: UploadRequest): Promise<RawResponse> {
  return rawRequest({
    port: request.port,
    path: `/api/evidence/upload?${new URLSearchParams(request.fields).toString()}`,
    method: 'POST',
    ...(request.token === undefined ? {} : { token: request.token }),
    headers: { 'content-type': request.contentType ?? 'application/octet-stream', ...(request.cookie ? { cookie: request.cookie } : {}) },
    body: request.body,
  });
}
