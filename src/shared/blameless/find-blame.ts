import { sentenceFeatures } from './analyse.ts';
import { REFRAMING_QUESTIONS, type BlameFinding, type BlameKind } from './blame-kinds.ts';
import { FEATURE_MEANINGS } from './explain.ts';
import { THRESHOLD, blameProbability, weightOf } from './model.ts';
import { sentenceRanges } from './tokens.ts';

interface SentenceFinding {
  start: number;
  end: number;
  kind: BlameKind;
  reason: string;
}

/** At most this many findings per sentence: the strongest signal, and others nearly as strong. */
const MAX_PER_SENTENCE = 3;
/** A second signal in the same sentence is shown when its weight is at least this share of the strongest one's. */
const SECOND_SIGNAL_SHARE = 0.6;
/** Sentences remembered with their findings, so re-checking a note after a keystroke only reads the edited sentence. */
const CACHE_LIMIT = 512;
const cache = new Map<string, readonly SentenceFinding[]>();

const WHOLE_SENTENCE_REASON = 'The sentence as a whole puts the incident on a person';

function judge(sentence: string): readonly SentenceFinding[] {
  const features = sentenceFeatures(sentence);
  if (blameProbability(features.keys()) < THRESHOLD) return [];
  const carriers = [...features]
    .map(([name, evidence]) => ({ evidence, weight: weightOf(name), meaning: FEATURE_MEANINGS[name] }))
    .filter((carrier) => carrier.meaning !== undefined && carrier.weight > 0)
    .sort((a, b) => b.weight - a.weight);
  const strongest = carriers[0];
  if (!strongest) return [{ start: 0, end: sentence.length, kind: 'person_as_cause', reason: WHOLE_SENTENCE_REASON }];
  const chosen: SentenceFinding[] = [];
  for (const { evidence, weight, meaning } of carriers) {
    if (!meaning || chosen.length >= MAX_PER_SENTENCE || weight < strongest.weight * SECOND_SIGNAL_SHARE) break;
    if (chosen.some((finding) => finding.start < evidence.end && evidence.start < finding.end)) continue;
    chosen.push({ start: evidence.start, end: evidence.end, kind: meaning.kind, reason: meaning.reason });
  }
  return chosen.sort((a, b) => a.start - b.start);
}

function judgeCached(sentence: string): readonly SentenceFinding[] {
  const known = cache.get(sentence);
  if (known) {
    cache.delete(sentence);
    cache.set(sentence, known);
    return known;
  }
  const findings = judge(sentence);
  cache.set(sentence, findings);
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value ?? '');
  return findings;
}

/**
 * Sentences in `text` that put an incident on a person rather than on the system, each with the words that carry the
 * blame, the reason in plain words, and a question that reframes it. Each sentence is read for its structure (who is
 * the subject or the cause, what the verb does, counterfactual, causal and imperative framings) and scored by a small
 * trained model (model.json); see docs/blameless-guard.md.
 */
export function findBlame(text: string): BlameFinding[] {
  const findings: BlameFinding[] = [];
  for (const range of sentenceRanges(text)) {
    const sentence = text.slice(range.start, range.end);
    if (!/\p{L}/u.test(sentence)) continue;
    for (const finding of judgeCached(sentence)) {
      const start = range.start + finding.start;
      const end = range.start + finding.end;
      findings.push({ start, end, kind: finding.kind, text: text.slice(start, end), question: REFRAMING_QUESTIONS[finding.kind], reason: finding.reason });
    }
  }
  return findings;
}
