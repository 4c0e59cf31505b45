import { describe, expect, it } from 'vitest';
import { notAnImageMessage, sniffImageType } from '../../../../src/shared/evidence/sniff-image.ts';

const bytes = (...values: Array<number | string>): Uint8Array =>
  new Uint8Array(values.flatMap((value) => (typeof value === 'string' ? [...value].map((c) => c.charCodeAt(0)) : [value])));

// Signatures as the formats define them: PNG (RFC 2083 §3.1), JPEG SOI + marker, GIF87a/89a, RIFF <size> WEBP.
describe('sniffImageType', () => {
  it('recognises the four image types from their first bytes', () => {
    expect(sniffImageType(bytes(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 'IHDR'))).toBe('image/png');
    expect(sniffImageType(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 16, 'JFIF'))).toBe('image/jpeg');
    expect(sniffImageType(bytes('GIF89a', 1, 0, 1, 0))).toBe('image/gif');
    expect(sniffImageType(bytes('GIF87a', 1, 0, 1, 0))).toBe('image/gif');
    expect(sniffImageType(bytes('RIFF', 0x24, 0, 0, 0, 'WEBPVP8 '))).toBe('image/webp');
  });

  it('does not trust the name: SVG, text, a RIFF that is not WebP, a cut-off PNG and nothing at all are not images', () => {
    expect(sniffImageType(bytes('<svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toBeNull();
    expect(sniffImageType(bytes('hello'))).toBeNull();
    expect(sniffImageType(bytes('RIFF', 0x24, 0, 0, 0, 'WAVEfmt '))).toBeNull();
    expect(sniffImageType(bytes(0x89, 'PNG'))).toBeNull();
    expect(sniffImageType(new Uint8Array())).toBeNull();
  });
});

describe('notAnImageMessage', () => {
  it('names the file and says what it is and what to attach instead', () => {
    expect(notAnImageMessage('graph.svg', bytes('<?xml version="1.0"?><svg></svg>'))).toBe(
      '"graph.svg" is an SVG drawing: attach a PNG, JPEG, GIF or WebP image.',
    );
    expect(notAnImageMessage('report.png', bytes('%PDF-1.7'))).toBe('"report.png" is a PDF document: attach a PNG, JPEG, GIF or WebP image.');
    expect(notAnImageMessage('empty.png', new Uint8Array())).toBe('"empty.png" is empty: attach a PNG, JPEG, GIF or WebP image.');
    expect(notAnImageMessage('notes.txt', bytes('plain words'))).toBe('"notes.txt" is not an image the app can store: attach a PNG, JPEG, GIF or WebP image.');
  });
});
