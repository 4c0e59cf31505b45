/**
 * The blameless guard's labelled corpus: one JSON object per line, `{ text, blaming, kind? }`, in
 * test/fixtures/blameless-corpus/. corpus.jsonl is the whole set as written; train/dev/test.jsonl are derived from it
 * by `splitOf`, a rule fixed before any model was trained, so a sentence's split never depends on results.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface LabelledSentence {
  text: string;
  blaming: boolean;
  kind?: string;
}

export type Split = 'train' | 'dev' | 'test';

export const CORPUS_DIR = fileURLToPath(new URL('../../test/fixtures/blameless-corpus/', import.meta.url));

/** 32-bit FNV-1a over the text's UTF-8 bytes: stable across runs, machines and Node versions. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** The split rule: FNV-1a of the text mod 10; 0-6 train, 7 dev, 8-9 test. */
export function splitOf(text: string): Split {
  const bucket = fnv1a(text) % 10;
  if (bucket <= 6) return 'train';
  return bucket === 7 ? 'dev' : 'test';
}

export function readJsonl(file: string): LabelledSentence[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LabelledSentence);
}

export function readSplit(split: Split | 'corpus'): LabelledSentence[] {
  return readJsonl(`${CORPUS_DIR}${split}.jsonl`);
}
