import type { ImageMediaType } from '../domain/evidence.ts';

export interface ImageSize {
  width: number;
  height: number;
}

/**
 * An image's size in pixels, read from its header as each format lays it out (PNG's IHDR, JPEG's SOF marker, GIF's
 * logical screen, WebP's VP8/VP8L/VP8X chunk); null when the header cannot be read. The Word writer needs it to place
 * the picture at its proportions.
 */
export function imageSize(bytes: Uint8Array, mediaType: ImageMediaType): ImageSize | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const fits = (offset: number, length: number) => offset + length <= bytes.length;
  const size = (width: number, height: number) => (width > 0 && height > 0 ? { width, height } : null);
  switch (mediaType) {
    case 'image/png':
      return fits(16, 8) ? size(view.getUint32(16), view.getUint32(20)) : null;
    case 'image/gif':
      return fits(6, 4) ? size(view.getUint16(6, true), view.getUint16(8, true)) : null;
    case 'image/jpeg':
      return jpegSize(bytes, view);
    case 'image/webp':
      return webpSize(bytes, view);
  }
}

function jpegSize(bytes: Uint8Array, view: DataView): ImageSize | null {
  let offset = 2;
  while (offset + 9 <= bytes.length) {
    if (bytes[offset] !== 0xff) return null;
    const marker = bytes[offset + 1] ?? 0;
    // Start-of-frame markers C0–CF, except DHT (C4), JPG (C8) and DAC (CC), carry the size.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      const height = view.getUint16(offset + 5);
      const width = view.getUint16(offset + 7);
      return width > 0 && height > 0 ? { width, height } : null;
    }
    offset += 2 + view.getUint16(offset + 2);
  }
  return null;
}

function webpSize(bytes: Uint8Array, view: DataView): ImageSize | null {
  if (bytes.length < 30) return null;
  const chunk = String.fromCharCode(...bytes.subarray(12, 16));
  if (chunk === 'VP8 ') return { width: view.getUint16(26, true) & 0x3fff, height: view.getUint16(28, true) & 0x3fff };
  if (chunk === 'VP8L') {
    const bits = view.getUint32(21, true);
    return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8X') {
    const width = 1 + ((bytes[24] ?? 0) | ((bytes[25] ?? 0) << 8) | ((bytes[26] ?? 0) << 16));
    const height = 1 + ((bytes[27] ?? 0) | ((bytes[28] ?? 0) << 8) | ((bytes[29] ?? 0) << 16));
    return { width, height };
  }
  return null;
}
