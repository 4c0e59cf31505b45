import model from './model.json' with { type: 'json' };

/** The trained weights (model.json, written by `npm run train:guard`). */
const WEIGHTS: ReadonlyMap<string, number> = new Map(Object.entries(model.weights));

/** A sentence whose probability reaches this is flagged; chosen on the dev split. */
export const THRESHOLD: number = model.threshold;

export function weightOf(feature: string): number {
  return WEIGHTS.get(feature) ?? 0;
}

/** How likely the model finds it that a sentence with these features puts blame on a person. */
export function blameProbability(features: Iterable<string>): number {
  let z = model.bias;
  for (const feature of features) z += weightOf(feature);
  return 1 / (1 + Math.exp(-z));
}
