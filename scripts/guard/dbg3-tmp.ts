import { sentenceFeatures } from '../../src/shared/blameless/analyse.ts';
import { blameProbability, weightOf } from '../../src/shared/blameless/model.ts';
for (const t of process.argv.slice(2)) {
  const f = sentenceFeatures(t);
  console.log(blameProbability(f.keys()).toFixed(2), t, [...f.keys()].map((k) => `${k}:${weightOf(k).toFixed(1)}`).join(' '));
}
