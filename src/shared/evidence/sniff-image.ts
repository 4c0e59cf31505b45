import type { ImageMediaType } from '../domain/evidence.ts';

/**
 * The type of an image read from its first bytes (its "magic number"), never from a file name or a declared type: a
 * renamed file or a lying Content-Type cannot slip another kind of content in. Only PNG, JPEG, GIF and WebP are
 * recognised. A small function rather than a package: the four signatures are fixed by their formats' specifications
 * (PNG 5.2, JFIF/JPEG SOI, GIF87a/89a, RIFF....WEBP), and it has to run in Node and in the browser without Node's Buffer.
 */
export function sniffImageType(bytes: Uint8Array): ImageMediaType | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'image/gif';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes.subarray(8), ascii('WEBP'))) return 'image/webp';
  return null;
}

/** A short name for content that is not one of the four images, for the refusal's message; null when unknown. */
export function describeOtherContent(bytes: Uint8Array): string | null {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 512)).trimStart().toLowerCase();
  if (head.startsWith('<svg') || (head.startsWith('<?xml') && head.includes('<svg'))) return 'an SVG drawing';
  if (startsWith(bytes, ascii('%PDF'))) return 'a PDF document';
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return 'a web page';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'a ZIP archive';
  if (startsWith(bytes, ascii('BM'))) return 'a BMP image';
  return null;
}

/** The sentence that refuses a file that is not a PNG, JPEG, GIF or WebP image, naming the file. */
export function notAnImageMessage(fileName: string, bytes: Uint8Array): string {
  const looksLike = describeOtherContent(bytes);
  const what = bytes.length === 0 ? 'is empty' : looksLike ? `is ${looksLike}` : 'is not an image the app can store';
  return `"${fileName}" ${what}: attach a PNG, JPEG, GIF or WebP image.`;
}

function ascii(text: string): number[] {
  return [...text].map((character) => character.charCodeAt(0));
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((byte, index) => bytes[index] === byte);
}
