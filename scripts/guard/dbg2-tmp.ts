import { sentenceFeatures } from '/work/wt-guard/src/shared/blameless/analyse.ts';
import { tokenize } from '/work/wt-guard/src/shared/blameless/tokens.ts';
import { clausesOf } from '/work/wt-guard/src/shared/blameless/subject.ts';
for (const t of process.argv.slice(2)) {
  const s = tokenize(t, { start: 0, end: t.length });
  console.log(t);
  console.log('  ', s.tokens.map((x) => `${x.text}/${x.word}:${x.ref}:${[...x.tags].slice(0, 2).join(',')}`).join(' '));
  console.log('  ', JSON.stringify(clausesOf(s.tokens, t)), [...sentenceFeatures(t).keys()].join(' '));
}
