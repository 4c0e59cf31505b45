import { extractFeatures, type Features } from './features.ts';
import { sentenceRanges, tokenize } from './tokens.ts';

/** The features of one sentence, with evidence offsets into that sentence. */
export function sentenceFeatures(sentence: string): Features {
  return extractFeatures(tokenize(sentence, { start: 0, end: sentence.length }), sentence);
}

/** The names of every feature in any sentence of `text`: what the trainer sees for one labelled example. */
export function featureNames(text: string): Set<string> {
  return new Set(sentenceRanges(text).flatMap((range) => [...sentenceFeatures(text.slice(range.start, range.end)).keys()]));
}
