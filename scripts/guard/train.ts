/**
 * `npm run train:guard`: fits the blameless guard's logistic regression on the train split, picks the L2 strength by
 * 5-fold cross-validation on train and the threshold on dev plus out-of-fold train predictions, and writes src/shared/blameless/model.json. The test split is never read here.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { featureNames } from '../../src/shared/blameless/analyse.ts';
import { readSplit } from './corpus.ts';
import { logLoss, probability, scores, train, type Example, type Weights } from './logistic.ts';

const MODEL_FILE = fileURLToPath(new URL('../../src/shared/blameless/model.json', import.meta.url));
const L2_GRID = [0.0001, 0.0003, 0.001, 0.003, 0.01, 0.03];
/** Pooled precision a threshold must keep; among those, the best recall. */
const PRECISION_FLOOR = 0.93;

const toExamples = (split: 'train' | 'dev'): Example[] =>
  readSplit(split).map((sentence) => ({ features: featureNames(sentence.text), label: sentence.blaming }));
const trainSet = toExamples('train');
const devSet = toExamples('dev');

const counts = new Map<string, number>();
for (const example of trainSet) for (const name of example.features) counts.set(name, (counts.get(name) ?? 0) + 1);
const vocabulary = [...counts]
  .filter(([, count]) => count >= 2)
  .map(([name]) => name)
  .sort();

const predict = (model: Weights, examples: readonly Example[], threshold: number) =>
  examples.map((example) => probability(model, example.features) >= threshold);
const labels = (examples: readonly Example[]) => examples.map((example) => example.label);

/** Mean out-of-fold log-loss over FOLDS folds of the train split: steadier than one small dev split for picking L2. */
const FOLDS = 5;
function crossValidatedLoss(l2: number): number {
  let total = 0;
  for (let fold = 0; fold < FOLDS; fold += 1) {
    const fit = trainSet.filter((_, position) => position % FOLDS !== fold);
    const held = trainSet.filter((_, position) => position % FOLDS === fold);
    total += logLoss(train(fit, vocabulary, l2, 1500), held) * held.length;
  }
  return total / trainSet.length;
}

let best: { l2: number; model: Weights; loss: number } | undefined;
for (const l2 of L2_GRID) {
  const loss = crossValidatedLoss(l2);
  const model = train(trainSet, vocabulary, l2);
  const dev = scores(predict(model, devSet, 0.5), labels(devSet));
  console.log(
    `l2 ${l2}: cross-validated log-loss ${loss.toFixed(4)}, dev log-loss ${logLoss(model, devSet).toFixed(4)}, dev at 0.5 precision ${dev.precision.toFixed(3)} recall ${dev.recall.toFixed(3)}`,
  );
  if (!best || loss < best.loss) best = { l2, model, loss };
}
if (!best) throw new Error('No model trained');

// The threshold is picked on more than the small dev split: on dev plus out-of-fold predictions for train (each train
// sentence scored by a model that did not see it). Among thresholds from 0.20 to 0.80 whose pooled precision reaches
// PRECISION_FLOOR, the best recall; among equal recall, the middle of the run.
const outOfFold: { p: number; label: boolean }[] = [];
for (let fold = 0; fold < FOLDS; fold += 1) {
  const fit = trainSet.filter((_, position) => position % FOLDS !== fold);
  const foldModel = train(fit, vocabulary, best.l2);
  trainSet.forEach((example, position) => {
    if (position % FOLDS === fold) outOfFold.push({ p: probability(foldModel, example.features), label: example.label });
  });
}
const pooled = [...outOfFold, ...devSet.map((example) => ({ p: probability(best.model, example.features), label: example.label }))];
const candidates: { threshold: number; recall: number; precision: number }[] = [];
for (let step = 20; step <= 80; step += 1) {
  const threshold = step / 100;
  const pooledScores = scores(
    pooled.map((row) => row.p >= threshold),
    pooled.map((row) => row.label),
  );
  if (pooledScores.precision >= PRECISION_FLOOR) candidates.push({ threshold, recall: pooledScores.recall, precision: pooledScores.precision });
}
const topRecall = Math.max(...candidates.map((candidate) => candidate.recall));
const plateau = candidates.filter((candidate) => candidate.recall === topRecall);
const threshold = plateau[Math.floor(plateau.length / 2)]?.threshold ?? 0.5;
const chosen = plateau[Math.floor(plateau.length / 2)];
console.log(
  `pooled out-of-fold train + dev (${pooled.length}) at ${threshold}: precision ${chosen?.precision.toFixed(3)}, recall ${chosen?.recall.toFixed(3)}`,
);
const trainScores = scores(predict(best.model, trainSet, threshold), labels(trainSet));
const devScores = scores(predict(best.model, devSet, threshold), labels(devSet));
console.log(`chosen l2 ${best.l2}, threshold ${threshold}`);
console.log(`train (${trainSet.length}): precision ${trainScores.precision.toFixed(3)}, recall ${trainScores.recall.toFixed(3)}`);
console.log(`dev   (${devSet.length}): precision ${devScores.precision.toFixed(3)}, recall ${devScores.recall.toFixed(3)}`);

const round = (value: number) => Math.round(value * 10_000) / 10_000;
const weights = Object.fromEntries([...best.model.weights].sort(([, a], [, b]) => b - a).map(([name, weight]) => [name, round(weight)]));
const model = {
  about: 'Logistic regression for the blameless guard. Written by `npm run train:guard` (scripts/guard/train.ts); do not edit by hand.',
  trainedOn: { train: trainSet.length, dev: devSet.length },
  l2: best.l2,
  threshold,
  dev: { precision: round(devScores.precision), recall: round(devScores.recall) },
  bias: round(best.model.bias),
  weights,
};
fs.writeFileSync(MODEL_FILE, `${JSON.stringify(model, null, 2)}\n`);
console.log(`wrote ${MODEL_FILE}`);
if (process.argv.includes('--dev-misses')) {
  const devTexts = readSplit('dev');
  devSet.forEach((example, position) => {
    const p = probability(best.model, example.features);
    if (p >= threshold !== example.label)
      console.log(`dev ${example.label ? 'missed' : 'false '} ${p.toFixed(2)} ${devTexts[position]?.text} [${[...example.features].join(' ')}]`);
  });
}
if (process.argv.includes('--misses')) {
  const trainTexts = readSplit('train');
  trainSet.forEach((example, position) => {
    const p = probability(best.model, example.features);
    if (p >= threshold !== example.label)
      console.log(`${example.label ? 'missed' : 'false '} ${p.toFixed(2)} ${trainTexts[position]?.text} [${[...example.features].join(' ')}]`);
  });
}
if (process.argv.includes('--verbose')) for (const [name, weight] of Object.entries(weights)) console.log(`${weight.toFixed(3).padStart(8)}  ${name}`);
