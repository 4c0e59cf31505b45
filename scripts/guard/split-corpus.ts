/**
 * `node scripts/guard/split-corpus.ts`: writes train.jsonl, dev.jsonl and test.jsonl from corpus.jsonl by the fixed
 * rule in `splitOf` (FNV-1a of the text mod 10: 0-6 train, 7 dev, 8-9 test). Re-running it on an unchanged corpus
 * rewrites the same files; a sentence's split depends only on its text.
 */
import fs from 'node:fs';
import { CORPUS_DIR, readSplit, splitOf, type LabelledSentence, type Split } from './corpus.ts';

const corpus = readSplit('corpus');
const texts = new Set<string>();
const splits: Record<Split, LabelledSentence[]> = { train: [], dev: [], test: [] };
for (const sentence of corpus) {
  if (texts.has(sentence.text)) throw new Error(`Duplicate sentence in the corpus: ${sentence.text}`);
  texts.add(sentence.text);
  splits[splitOf(sentence.text)].push(sentence);
}
for (const [split, sentences] of Object.entries(splits)) {
  fs.writeFileSync(`${CORPUS_DIR}${split}.jsonl`, sentences.map((sentence) => `${JSON.stringify(sentence)}\n`).join(''));
  const blaming = sentences.filter((sentence) => sentence.blaming).length;
  console.log(`${split.padEnd(6)} ${String(sentences.length).padStart(4)} sentences, ${blaming} blaming, ${sentences.length - blaming} not`);
}
