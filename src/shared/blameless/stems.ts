/** Past forms that do not end in -ed, mapped to the base form the verb classes use. */
const IRREGULAR: Readonly<Record<string, string>> = {
  took: 'take',
  taken: 'take',
  broke: 'break',
  broken: 'break',
  broked: 'break',
  brok: 'break',
  ran: 'run',
  forgot: 'forget',
  forgotten: 'forget',
  knew: 'know',
  known: 'know',
  blew: 'blow',
  blown: 'blow',
  brought: 'bring',
  made: 'make',
  lost: 'lose',
  left: 'leave',
  let: 'let',
  wrote: 'write',
  written: 'write',
  gave: 'give',
  went: 'go',
  did: 'do',
  done: 'do',
  had: 'have',
  has: 'have',
  told: 'tell',
  led: 'lead',
  found: 'find',
  saw: 'see',
  seen: 'see',
  caught: 'catch',
  thought: 'think',
  set: 'set',
  put: 'put',
  hit: 'hit',
  cut: 'cut',
  shut: 'shut',
  sank: 'sink',
  sunk: 'sink',
  kept: 'keep',
  got: 'get',
  gotten: 'get',
  understood: 'understand',
  slept: 'sleep',
  paid: 'pay',
  read: 'read',
  fell: 'fall',
  began: 'begin',
  drove: 'drive',
  wiped: 'wipe',
  was: 'be',
  were: 'be',
  is: 'be',
  are: 'be',
  am: 'be',
  been: 'be',
};

const STEM_CACHE_LIMIT = 4096;
const stemCache = new Map<string, readonly string[]>();

/** Candidate base forms of an inflected word; the caller keeps the first one its word class knows. */
export function stems(word: string): readonly string[] {
  const known = stemCache.get(word);
  if (known) return known;
  const found = computeStems(word);
  if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
  stemCache.set(word, found);
  return found;
}

function computeStems(word: string): string[] {
  const irregular = IRREGULAR[word];
  if (irregular) return [irregular, word];
  const out = [word];
  const add = (candidate: string) => {
    if (candidate.length >= 2) out.push(candidate);
  };
  if (word.endsWith('ied')) add(`${word.slice(0, -3)}y`);
  if (word.endsWith('ed')) {
    const stem = word.slice(0, -2);
    add(stem);
    add(`${stem}e`);
    if (/(.)\1$/u.test(stem)) add(stem.slice(0, -1));
  }
  if (word.endsWith('ing')) {
    const stem = word.slice(0, -3);
    add(stem);
    add(`${stem}e`);
    if (/(.)\1$/u.test(stem)) add(stem.slice(0, -1));
  }
  if (word.endsWith('ies')) add(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) add(word.slice(0, -2));
  if (word.endsWith('s')) add(word.slice(0, -1));
  return out;
}

export function inClass(word: string, verbs: ReadonlySet<string>): string | undefined {
  return stems(word).find((stem) => verbs.has(stem));
}
