/**
 * `npm run bench:guard` (issue 18): how long the blameless guard takes per sentence, against a plain regular-expression
 * scan of the same sentences in the same run (the cost of the old keyword guard's approach: one alternation of blame
 * words).
 *   cold      every sentence of the labelled corpus, each checked once with text the guard has not seen (a round
 *             marker is appended so its sentence cache never answers): compromise's tagging, the features, the model.
 *   re-check  the same sentences again unchanged, as the UI does after each pause in typing: answered from the cache.
 *   load      importing the guard (compromise's lexicon) and the first call, once per process.
 * Target: p95 under 2 ms per sentence, cold. Prints figures; never fails.
 */
import { performance } from 'node:perf_hooks';
import { percentile } from '../test/harness/index.ts';
import { readSplit } from '../scripts/guard/corpus.ts';

const TARGET_P95_MS = 2;
const ROUNDS = 3;
const LABEL_WIDTH = 44;
const row = (label: string, value: string) => console.log(`${label.padEnd(LABEL_WIDTH)}${value}`);

const loadStarted = performance.now();
const { findBlame } = await import('../src/shared/blameless.ts');
const loaded = performance.now() - loadStarted;
const firstStarted = performance.now();
findBlame('Warm-up: Dana restarted the worker at 14:05.');
const firstCall = performance.now() - firstStarted;

/** The baseline: one case-insensitive alternation of blame words, the shape of the old keyword guard. */
const KEYWORDS =
  /\b(?:should(?:'ve| have)|could(?:'ve| have)|human error|operator error|careless|lazy|sloppy|stupid|incompetent|negligent|reckless|obviously|if only|failed to|neglected to|forgot|broke|caused by|because of|fault|blame|messed up|screwed up|ignored|missed|skipped|didn't (?:check|test|read|follow))\b/giu;
const scan = (text: string) => [...text.matchAll(KEYWORDS)].length;

const sentences = readSplit('corpus').map((sentence) => sentence.text);
// One untimed round first, so the JIT has compiled the guard before anything is timed.
for (const sentence of sentences) findBlame(`${sentence} [warm-up]`);
const guardCold: number[] = [];
const guardWarm: number[] = [];
const regex: number[] = [];
let sink = 0;
for (let round = 0; round < ROUNDS; round += 1) {
  for (const sentence of sentences) {
    const text = `${sentence} [r${round}]`;
    let started = performance.now();
    sink += scan(text);
    regex.push(performance.now() - started);
    started = performance.now();
    sink += findBlame(text).length;
    guardCold.push(performance.now() - started);
    started = performance.now();
    sink += findBlame(text).length;
    guardWarm.push(performance.now() - started);
  }
}

const ms = (value: number) => `${value.toFixed(3)} ms`;
console.log(`blameless guard, ${sentences.length} corpus sentences × ${ROUNDS} rounds (checked ${sink > 0 ? 'and found' : 'with no'} findings)`);
row('load (import + compromise lexicon)', ms(loaded));
row('first call', ms(firstCall));
for (const [label, samples] of [
  ['regex scan (baseline)', regex],
  ['guard, cold sentence', guardCold],
  ['guard, re-check (cached)', guardWarm],
] as const) {
  row(`${label} p50 / p95 / max`, `${ms(percentile(samples, 50))} / ${ms(percentile(samples, 95))} / ${ms(Math.max(...samples))}`);
}
const p95 = percentile(guardCold, 95);
row('guard p95 / regex p95', `${(p95 / percentile(regex, 95)).toFixed(0)}×`);
row(`target p95 < ${TARGET_P95_MS} ms`, p95 < TARGET_P95_MS ? 'met' : 'NOT met');
console.log(
  `BENCH guard_p95_ms=${p95.toFixed(3)} regex_p95_ms=${percentile(regex, 95).toFixed(4)} cached_p95_ms=${percentile(guardWarm, 95).toFixed(4)} load_ms=${loaded.toFixed(0)}`,
);
