import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findBlame } from '../../../src/shared/blameless.ts';

interface LabelledSentence {
  text: string;
  blaming: boolean;
  kind?: string;
}

function readSplit(split: 'train' | 'dev' | 'test'): LabelledSentence[] {
  return readFileSync(new URL(`../../fixtures/blameless-corpus/${split}.jsonl`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LabelledSentence);
}

function evaluate(sentences: readonly LabelledSentence[]) {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  const misses: string[] = [];
  for (const sentence of sentences) {
    const flagged = findBlame(sentence.text).length > 0;
    if (flagged && sentence.blaming) truePositives += 1;
    else if (flagged) {
      falsePositives += 1;
      misses.push(`flagged but fine: ${sentence.text}`);
    } else if (sentence.blaming) {
      falseNegatives += 1;
      misses.push(`missed: ${sentence.text}`);
    }
  }
  return { precision: truePositives / (truePositives + falsePositives), recall: truePositives / (truePositives + falseNegatives), misses };
}

describe('the blameless guard on its held-out test split', () => {
  const test = readSplit('test');

  it('has a test split with both classes', () => {
    expect(test.length).toBeGreaterThanOrEqual(100);
    expect(test.some((sentence) => sentence.blaming)).toBe(true);
    expect(test.some((sentence) => !sentence.blaming)).toBe(true);
  });

  it('reaches precision 0.9 and recall 0.85 on sentences it was not trained or tuned on', () => {
    const { precision, recall, misses } = evaluate(test);
    console.log(
      `blameless guard, test split (${test.length} sentences): precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}` +
        (misses.length > 0 ? `\n  ${misses.join('\n  ')}` : ''),
    );
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.85);
  });

  it('prints the dev split figures the threshold was chosen on', () => {
    const dev = readSplit('dev');
    const { precision, recall } = evaluate(dev);
    console.log(`blameless guard, dev split (${dev.length} sentences): precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`);
    expect(precision).toBeGreaterThan(0);
  });
});
