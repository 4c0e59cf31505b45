import { describe, expect, it } from 'vitest';
import { imageSize } from '../../../../src/shared/evidence/image-size.ts';
import { samplePng } from '../../../harness/index.ts';

const bytes = (...values: Array<number | string>): Uint8Array =>
  new Uint8Array(values.flatMap((value) => (typeof value === 'string' ? [...value].map((c) => c.charCodeAt(0)) : [value])));

// Headers as each format lays them out: PNG IHDR (big-endian), GIF logical screen (little-endian), JPEG SOF0, WebP VP8X.
describe('imageSize', () => {
  it('reads a PNG from its IHDR chunk', () => {
    expect(imageSize(samplePng(64, 32), 'image/png')).toEqual({ width: 64, height: 32 });
  });

  it('reads a GIF from its logical screen', () => {
    expect(imageSize(bytes('GIF89a', 0x40, 0x01, 0xc8, 0x00), 'image/gif')).toEqual({ width: 320, height: 200 });
  });

  it('reads a JPEG from its start-of-frame marker, after other segments', () => {
    const app0 = [0xff, 0xe0, 0x00, 0x04, 0x00, 0x00];
    const sof0 = [0xff, 0xc0, 0x00, 0x11, 0x08, 0x01, 0xe0, 0x02, 0x80, 0x03];
    expect(imageSize(bytes(0xff, 0xd8, ...app0, ...sof0), 'image/jpeg')).toEqual({ width: 640, height: 480 });
  });

  it('reads a WebP from its VP8X chunk', () => {
    const header = bytes('RIFF', 0, 0, 0, 0, 'WEBP', 'VP8X', 10, 0, 0, 0, 0, 0, 0, 0, 0x7f, 0x02, 0x00, 0xdf, 0x01, 0x00);
    expect(imageSize(header, 'image/webp')).toEqual({ width: 640, height: 480 });
  });

  it('answers null for a header cut short', () => {
    expect(imageSize(bytes(0x89, 'PNG'), 'image/png')).toBeNull();
    expect(imageSize(bytes(0xff, 0xd8, 0xff), 'image/jpeg')).toBeNull();
  });
});
