import { unzipSync } from 'fflate';
import { utf8Text } from './file-text.ts';
import type { SniffedFile, TimelineFile } from './timeline-reader.ts';

const isZip = (bytes: Uint8Array): boolean => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** Lists a ZIP's entries without inflating them. */
function zipEntryNames(bytes: Uint8Array): string[] | null {
  try {
    const names: string[] = [];
    unzipSync(bytes, {
      filter(entry) {
        names.push(entry.name);
        return false;
      },
    });
    return names;
  } catch {
    return null;
  }
}

const sniffed = new WeakMap<Uint8Array, SniffedFile>();

/**
 * Decodes and parses the file once for every reader's detect(), and for the reader that then reads it: a JSON
 * document of a hundred megabytes is parsed once, not twice.
 */
export function sniffFile(file: TimelineFile): SniffedFile {
  const known = sniffed.get(file.bytes);
  if (known && known.name === file.name) return known;
  const found = sniffBytes(file);
  sniffed.set(file.bytes, found);
  return found;
}

function sniffBytes(file: TimelineFile): SniffedFile {
  if (isZip(file.bytes)) return { name: file.name, text: null, json: undefined, zipNames: zipEntryNames(file.bytes) };
  const text = utf8Text(file.bytes);
  let json: unknown = undefined;
  if (text !== null && /^\s*[[{]/.test(text)) {
    try {
      json = JSON.parse(text) as unknown;
    } catch {
      json = undefined;
    }
  }
  return { name: file.name, text, json, zipNames: null };
}
