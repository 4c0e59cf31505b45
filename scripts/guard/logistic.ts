/** A small L2-regularised logistic regression over binary features, trained by full-batch gradient descent. */

export interface Example {
  features: ReadonlySet<string>;
  label: boolean;
}

export interface Weights {
  bias: number;
  weights: Map<string, number>;
}

export function probability(model: Weights, features: Iterable<string>): number {
  let z = model.bias;
  for (const name of features) z += model.weights.get(name) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

export function train(examples: readonly Example[], vocabulary: readonly string[], l2: number, epochs = 4000, rate = 0.5): Weights {
  const index = new Map(vocabulary.map((name, position) => [name, position]));
  const rows = examples.map((example) => ({
    columns: [...example.features].map((name) => index.get(name)).filter((column): column is number => column !== undefined),
    y: example.label ? 1 : 0,
  }));
  const w = new Float64Array(vocabulary.length);
  let bias = 0;
  const n = rows.length;
  for (let epoch = 0; epoch < epochs; epoch += 1) {
    const gradient = new Float64Array(vocabulary.length);
    let biasGradient = 0;
    for (const row of rows) {
      let z = bias;
      for (const column of row.columns) z += w[column] ?? 0;
      const error = 1 / (1 + Math.exp(-z)) - row.y;
      biasGradient += error;
      for (const column of row.columns) gradient[column] = (gradient[column] ?? 0) + error;
    }
    bias -= (rate * biasGradient) / n;
    for (let column = 0; column < w.length; column += 1) w[column] = (w[column] ?? 0) - rate * ((gradient[column] ?? 0) / n + l2 * (w[column] ?? 0));
  }
  return { bias, weights: new Map(vocabulary.map((name, position) => [name, w[position] ?? 0])) };
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export function scores(predicted: readonly boolean[], actual: readonly boolean[]): Scores {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  predicted.forEach((flag, position) => {
    if (flag && actual[position]) truePositives += 1;
    else if (flag) falsePositives += 1;
    else if (actual[position]) falseNegatives += 1;
  });
  const precision = truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives);
  const recall = truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, truePositives, falsePositives, falseNegatives };
}

export function logLoss(model: Weights, examples: readonly Example[]): number {
  let total = 0;
  for (const example of examples) {
    const p = Math.min(1 - 1e-9, Math.max(1e-9, probability(model, example.features)));
    total -= example.label ? Math.log(p) : Math.log(1 - p);
  }
  return total / examples.length;
}
