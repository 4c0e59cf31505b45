import {
  CAUSE_INTRODUCERS,
  CAUSE_NOUNS,
  DILIGENCE_VERBS,
  ENTRY_PREFIXES,
  FAILURE_PARTICLES,
  FAILURE_VERBS,
  FAULT_NOUNS,
  HABIT_WORDS,
  INCOMPETENCE_PHRASES,
  JUDGMENT_WORDS,
  OBVIOUS_WORDS,
  PRAISE_WORDS,
  PROCESS_WORDS,
  PUNISHMENT_PHRASES,
  PUNISHMENT_WORDS,
  SARCASM_PHRASES,
  SYSTEMIC_OPENERS,
  SYSTEMIC_PHRASES,
  TASK_WORDS,
} from './lexicon.ts';
import { inClass } from './stems.ts';
import { clausesOf, isPerson, isVerb, isVerbAt, type Clause, type SubjectKind } from './subject.ts';
import type { Sentence, Token } from './tokens.ts';

/** Where in the text a feature was seen: the words a finding points at. */
export interface Evidence {
  start: number;
  end: number;
}

/** The features present in one sentence, each with its first evidence. All features are binary. */
export type Features = Map<string, Evidence>;

const MODALS = new Set(['should', 'could', 'ought', 'must', 'shoulda', 'coulda', 'would', 'shouldve', 'couldve']);
const NEGATIONS = new Set(['not', 'never', 'no', 'nobody', 'nothing', 'neither', 'nor', 'didnt', 'dont', 'doesnt']);
const PRESCRIBING = new Set(['need', 'needs', 'must', 'has', 'have', 'got', 'should', 'gotta', 'please']);
/** Words before a quoted word that name it rather than mock it: tagged "latest", the "Delete" button. */
const NAMING_WORDS = new Set([
  'tagged',
  'named',
  'called',
  'labelled',
  'labeled',
  'titled',
  'says',
  'said',
  'status',
  'word',
  'writing',
  'the',
  'clicked',
  'typed',
  'pressed',
]);
const OPEN_QUESTION_WORDS = new Set([
  'what',
  'how',
  'can',
  'could',
  'would',
  'which',
  'where',
  'when',
  'is',
  'are',
  'do',
  'does',
  'did',
  'should',
  'has',
  'have',
  'anyone',
  'who',
]);
/** Words of a good outcome: "X is the reason we caught it early" credits someone. */
const GOOD_OUTCOMES = new Set([
  'early',
  'fast',
  'quickly',
  'saved',
  'recovered',
  'fixed',
  'found',
  'resolved',
  'helped',
  'spotted',
  'thanks',
  'kudos',
  'great',
  'quick',
]);
const MAKE = new Set(['make']);
/** Words between a cause noun and its cause: "the root of it all was Kirra", "the reason is". */
const CAUSE_LINKS = new Set(['was', 'is', 'be', 'lies', 'goes', 'to', 'with', 'here', 'of', 'it', 'all', 'this', 'the', 'whole', 'thing', 's']);
const PHRASAL_VERBS = new Set(FAILURE_PARTICLES.keys());
/** "Who approved this?", "who merged it?": verbs a who-question pins on someone. */
const ACCUSING_VERBS = new Set(['approve', 'merge', 'push', 'do', 'ship', 'let']);
/** With "knew" or "was told": the person went ahead regardless. */
const DEFIANCE = new Set(['anyway', 'anyways', 'still', 'ignored', 'nothing', 'regardless', 'yet', 'but', 'chance', 'twice', 'warned']);
const SLIP_NOUNS = new Set(['typo', 'mistake', 'mess', 'error', 'blunder', 'slip', 'hash']);
const CAREFUL = new Set(['careful', 'vigilant', 'diligent', 'attentive', 'cautious']);
/** Words that say something is broken, whoever the subject: "the release went out broken", "three outages". */
const FAILURE_STATES = new Set([
  'broken',
  'down',
  'offline',
  'wrong',
  'dead',
  'corrupted',
  'lost',
  'gone',
  'outage',
  'outages',
  'downtime',
  'incident',
  'incidents',
  'crash',
  'broke',
]);
const PRESCRIBED = new Set([
  'careful',
  'attention',
  'harder',
  'learn',
  'stop',
  'double-check',
  'vigilant',
  'diligent',
  'ownership',
  'retraining',
  'actually',
  'trying',
  'follow',
  'read',
  'think',
  'listen',
  'focus',
  'remember',
  'better',
  'test',
  'check',
]);
const CONSEQUENCES = new Set(['been', 'lost', 'led', 'resulted', 'gone', 'ended', 'affected', 'hit', 'cost', 'spread', 'happened', 'to', 'made', 'done']);
const LEADING_FILLERS = new Set(['please', 'just', 'so', 'ok', 'okay', 'and', 'now', 'also', 'then', 'pls', 'plz']);
const WEAK_WORDS = new Set([
  'the',
  'a',
  'an',
  'new',
  'junior',
  'same',
  'that',
  'this',
  'our',
  'real',
  'actual',
  'underlying',
  'one',
  'all',
  'entirely',
  'squarely',
  'directly',
  'mister',
  'mr',
  'ms',
]);
const WRONG_WORDS = new Set(['bad', 'wrong', 'broken', 'untested', 'faulty', 'buggy', 'half', 'baked', 'careless', 'sloppy', 'risky']);
const ERROR_WORDS = new Set(['error', 'errors', 'mistake', 'slip']);
const HUMAN_WORDS = new Set(['human', 'operator', 'user', 'engineer', 'pilot', 'people', 'personnel', 'manual']);
const METRIC_WORDS = new Set(['rate', 'rates', 'count', 'counts', 'code', 'codes', 'metric', 'metrics', 'budget', 'page', 'message']);
const AVOIDING = new Set(['avoid', 'not', 'never', 'instead', 'rather', 'beyond', 'starts', 'stop', 'ban']);
const KNOWING = new Set(['knew', 'told', 'warned', 'chance', 'ignored', 'anyway']);

function matchAt(tokens: readonly Token[], index: number, phrase: readonly string[]): boolean {
  return phrase.every((word, offset) => tokens[index + offset]?.word === word);
}

function firstPhrase(tokens: readonly Token[], phrases: readonly (readonly string[])[]): [number, number] | undefined {
  for (let index = 0; index < tokens.length; index += 1) {
    for (const phrase of phrases) if (matchAt(tokens, index, phrase)) return [index, index + phrase.length - 1];
  }
  return undefined;
}

function isPersonish(subject: SubjectKind): boolean {
  return subject === 'person' || subject === 'owned';
}

/** The first word after `from` that refers to something, skipping articles and soft words ("the new intern"). */
function referentAfter(tokens: readonly Token[], from: number, reach = 4): number {
  for (let index = from; index < Math.min(tokens.length, from + reach); index += 1) {
    const token = tokens[index];
    if (!token) break;
    if (WEAK_WORDS.has(token.word) || token.word === '') continue;
    if (token.ref !== 'other') return index;
    if (!token.tags.has('Adjective')) return -1;
  }
  return -1;
}

type PhraseKind = 'person' | 'owned' | 'team' | 'system';

/**
 * The noun phrase starting at the first referent after `from`: whom it is about and where it ends. "the payments
 * team" is a team, "Ingrid's config change" a person's thing, "the on-call" a person.
 */
function phraseAfter(tokens: readonly Token[], from: number, reach = 4): { at: number; kind: PhraseKind } | undefined {
  const first = referentAfter(tokens, from, reach);
  if (first === -1) return undefined;
  let at = first;
  // Extend over the rest of the noun phrase ("Ingrid's config change", "the payments team"), but not past a person
  // ("because of Fatima we lost"), a pronoun or punctuation.
  const extends_ = (from: Token | undefined, to: Token | undefined) =>
    from !== undefined &&
    to !== undefined &&
    to.ref !== 'other' &&
    to.ref !== 'group' &&
    to.ref !== 'pronoun' &&
    (from.possessive || !isPerson(from.ref)) &&
    to.start - from.end <= 1;
  while (at + 1 < tokens.length && extends_(tokens[at], tokens[at + 1]) && at - first < 4) at += 1;
  const head = tokens[at];
  if (!head) return undefined;
  if (head.ref === 'team') return { at, kind: 'team' };
  if (isPerson(head.ref) && !head.possessive) return { at, kind: 'person' };
  const owned = tokens.slice(first, at + 1).some((token) => (token.possessive && isPerson(token.ref)) || ['his', 'her', 'their', 'your'].includes(token.word));
  if (owned) return { at, kind: 'owned' };
  return { at, kind: isPerson(head.ref) ? 'owned' : 'system' };
}

/** The failure verb in a clause, with the particle of a phrasal one ("took ... offline"). */
function failureIn(tokens: readonly Token[], clause: Clause): [number, number] | undefined {
  for (let index = clause.from; index < clause.to; index += 1) {
    const token = tokens[index];
    if (!token || !(isVerbAt(tokens, index) || token.tags.has('PastTense') || token.tags.has('Participle'))) continue;
    if (token.word === 'fail' && tokens[index + 1]?.word === 'over') continue;
    const phrasal = inClass(token.word, PHRASAL_VERBS);
    const particles = phrasal === undefined ? undefined : FAILURE_PARTICLES.get(phrasal);
    if (particles) {
      for (let next = index + 1; next < Math.min(clause.to + 2, index + 6, tokens.length); next += 1) {
        if (particles.has(tokens[next]?.word ?? '')) return [index, next];
      }
    }
    if (inClass(token.word, FAILURE_VERBS)) return [index, index];
    // "made a typo", "made a mess of the DNS records".
    if (inClass(token.word, MAKE)) {
      for (let next = index + 1; next < Math.min(clause.to, index + 4); next += 1) if (SLIP_NOUNS.has(tokens[next]?.word ?? '')) return [index, next];
    }
  }
  return undefined;
}

/** Structural and lexical features of one sentence; the trained model weighs them (model.json). */
export function extractFeatures(sentence: Sentence, text: string): Features {
  const tokens = sentence.tokens;
  const features: Features = new Map();
  const set = (name: string, from: number, to: number = from) => {
    const first = tokens[from];
    const last = tokens[to];
    if (!features.has(name) && first && last) features.set(name, { start: first.start, end: last.end });
  };
  // "human" in "human error" names a category, not a person in the room.
  const personIndex = tokens.findIndex((token, index) => isPerson(token.ref) && token.word !== 'nobody' && !ERROR_WORDS.has(tokens[index + 1]?.word ?? ''));
  const anyTeam = tokens.some((token) => token.ref === 'team');
  const anyPerson = personIndex !== -1;
  const failureState = tokens.some((token) => FAILURE_STATES.has(token.word));
  const goodOutcome = tokens.findIndex((token) => GOOD_OUTCOMES.has(token.word));
  if (goodOutcome !== -1 && !failureState) set('good_outcome', goodOutcome);
  const clauses = clausesOf(tokens, text);
  let anyFailure = false;

  for (const clause of clauses) {
    const { subject, head } = clause;
    const start = head === -1 ? clause.from : head;
    const failure = failureIn(tokens, clause);
    if (failure) {
      anyFailure = true;
      set(`${subject}_failure`, failure[0], failure[1]);
    } else if (clause.verb !== -1 && isPersonish(subject)) {
      set('person_neutral', start, clause.verb);
    } else if (clause.verb !== -1 && subject === 'team') {
      set('team_neutral', start, clause.verb);
    }
    let negation = -1;
    let diligence = -1;
    let modal = -1;
    let perfect = -1;
    let nobodyAt = -1;
    for (let index = clause.from; index < clause.to; index += 1) {
      const token = tokens[index];
      if (!token) continue;
      const nobody = token.word === 'nobody' || (token.word === 'no' && tokens[index + 1]?.word === 'one');
      if (NEGATIONS.has(token.word)) negation = negation === -1 || nobody ? index : negation;
      if (nobody) nobodyAt = index;
      if (isVerb(token) && inClass(token.word, DILIGENCE_VERBS)) {
        // The diligence verb nearest the negation: "was told to test it and didn't" is about "did".
        if (diligence === -1 || (negation !== -1 && Math.abs(index - negation) < Math.abs(diligence - negation))) diligence = index;
      }
      if (MODALS.has(token.word) && modal === -1) modal = index;
      if (/^(?:should|could|would|must)['’]?ve$|^(?:shoulda|coulda|shouldve|couldve)$/u.test(token.text.toLowerCase())) perfect = index;
      if (modal !== -1 && perfect === -1 && index > modal && index <= modal + 3 && (token.word === 'have' || token.word === 'of')) perfect = index;
      if (index > clause.from && WRONG_WORDS.has(token.word) && !token.quoted && (isPersonish(subject) || subject === 'team') && clause.verb !== -1)
        set('person_wrong_thing', clause.verb, index);
      if (CAREFUL.has(token.word) && ['more', 'be', 'extra', 'less'].includes(tokens[index - 1]?.word ?? '')) set('careful_phrase', index - 1, index);
      if (PRESCRIBING.has(token.word) && (isPersonish(subject) || subject === 'team' || subject === 'none')) {
        for (let next = index + 1; next < Math.min(clause.to, index + 5); next += 1) {
          if (PRESCRIBED.has(tokens[next]?.word ?? '')) set('person_prescription', index, next);
        }
      }
      if ((token.word === 'will' || (token.word === 'to' && index === head + 1)) && isPersonish(subject)) set('person_future', start, index);
    }
    if (nobodyAt !== -1) negation = nobodyAt;
    const verbAt = diligence !== -1 ? diligence : (failure?.[0] ?? -1);
    // The negation must bear on the verb ("didn't check", "never even looked"), not on a later phrase ("not what you think").
    // "a channel nobody watches" describes the channel, not an omission.
    const relativeNobody = tokens[negation]?.word === 'nobody' && tokens[negation - 1]?.ref === 'system';
    if (negation !== -1 && verbAt !== -1 && !relativeNobody && (Math.abs(verbAt - negation) <= 3 || tokens[negation]?.word === 'nobody')) {
      // "...and never did": a clause that continues the sentence borrows its person.
      const impliedPerson = subject === 'none' && anyPerson && ['and', 'but', 'then'].includes(tokens[clause.from]?.word ?? '');
      if (isPersonish(subject) || subject === 'team' || impliedPerson || tokens[negation]?.word === 'nobody')
        set('person_omission', Math.min(negation, verbAt), Math.max(negation, verbAt));
      else if (subject === 'system') set('system_negated', negation);
    }
    if (modal !== -1 && perfect !== -1) {
      const after = tokens[perfect + 1]?.word ?? '';
      // The one the modal is about is the word right before it when that word names someone ("something Kaveh should have known").
      const before = tokens[modal - 1];
      const local: SubjectKind = (before && isPerson(before.ref) && !before.possessive) || subject === 'owned' || subject === 'none' ? 'person' : subject;
      const name = CONSEQUENCES.has(after) || tokens[modal]?.word === 'would' ? 'modal_consequence' : `${local}_modal_past`;
      set(name, modal, perfect);
    }
    for (let index = clause.from; index < clause.to; index += 1) {
      if (
        ['supposed', 'meant', 'expected'].includes(tokens[index]?.word ?? '') &&
        tokens[index + 1]?.word === 'to' &&
        (isPersonish(subject) || subject === 'team')
      )
        set('person_omission', index, index + 1);
    }
    if (modal !== -1 && ['know', 'known', 'knew'].includes(tokens[modal + 1]?.word ?? '')) set('person_modal_past', modal, modal + 1);
    // "Any engineer would have noticed": what a person would have done, held against the one who did not.
    if (modal !== -1 && perfect !== -1 && tokens[modal]?.word === 'would' && isPersonish(subject) && inClass(tokens[perfect + 1]?.word ?? '', DILIGENCE_VERBS))
      set('person_would_have', modal, perfect + 1);
    // "Lars is the reason", "Adebayo is the culprit", "Kwame is to blame".
    if (clause.verb !== -1 && (isPersonish(subject) || subject === 'team') && tokens[clause.verb]?.tags.has('Copula')) {
      for (let index = clause.verb + 1; index < Math.min(clause.to, clause.verb + 5); index += 1) {
        if (CAUSE_NOUNS.has(tokens[index]?.word ?? '') || (tokens[index]?.word === 'one' && subject === 'person')) set('cause_person', start, index);
      }
    }
  }

  // Counterfactuals: "Had Noor looked", "if the on-call had read", "if only".
  tokens.forEach((token, index) => {
    if (token.word === 'had' && (index === 0 || tokens[index - 1]?.text.endsWith(',') || token.tags.has('Condition'))) {
      const who = phraseAfter(tokens, index + 1);
      if (who) set(who.kind === 'system' ? 'counterfactual_system' : 'counterfactual_person', index, who.at);
    }
    if (token.word === 'if') {
      const only = tokens[index + 1]?.word === 'only';
      if (only) set('if_only', index, index + 1);
      const who = phraseAfter(tokens, index + (only ? 2 : 1));
      if (who) {
        const personal = who.kind !== 'system';
        const verb = tokens[who.at + 1];
        const past = verb && (['had', 'hadn', 'were', 'did', 'was', 'just', 'd'].includes(verb.word) || verb.tags.has('PastTense'));
        if (past) set(personal ? 'counterfactual_person' : 'counterfactual_system', index, who.at + 1);
        else if (personal) set('if_person', index, who.at);
      }
    }
  });

  // Causes: "because of Ravi", "caused by the intern", "that's on Priya", "came from Hamid".
  for (let index = 0; index < tokens.length; index += 1) {
    for (const phrase of CAUSE_INTRODUCERS) {
      if (!matchAt(tokens, index, phrase)) continue;
      const afterWrongThing = tokens.slice(Math.max(0, index - 3), index).some((token) => WRONG_WORDS.has(token.word));
      if (phrase[0] === 'by' && !inClass(tokens[index - 1]?.word ?? '', FAILURE_VERBS) && !afterWrongThing) continue;
      const found = phraseAfter(tokens, index + phrase.length);
      if (!found) continue;
      // "came from a bad merge by @lee": the thing's author is the cause.
      const author = ['by', 'from'].includes(tokens[found.at + 1]?.word ?? '') ? phraseAfter(tokens, found.at + 2, 3) : undefined;
      const who = found.kind === 'system' && author && author.kind !== 'system' ? author : found;
      if (who === author && tokens.slice(index, found.at + 1).some((token) => WRONG_WORDS.has(token.word))) set('person_wrong_thing', index, who.at);
      const onSomeone = phrase[phrase.length - 1] === 'on';
      if (onSomeone && (who.kind === 'owned' || tokens.slice(0, index).some((token) => TASK_WORDS.has(token.word)))) set('on_task', index, who.at);
      else if (who.kind !== 'system') set(onSomeone ? 'on_person' : 'causal_person', index, who.at);
      else set('causal_system', index, who.at);
    }
    const token = tokens[index];
    if (!token) continue;
    // "The real cause was Tomasz", "Root cause: Bashir", "Fault: Augustin".
    if (CAUSE_NOUNS.has(token.word) && token.word !== 'why') {
      let next = index + 1;
      while (next < tokens.length && CAUSE_LINKS.has(tokens[next]?.word ?? '')) next += 1;
      const who = phraseAfter(tokens, next, 3);
      if (who) set(who.kind === 'system' ? 'cause_system' : 'cause_person', index, who.at);
    }
    if (FAULT_NOUNS.has(token.word) && token.word !== 'bad') {
      const before = tokens[index - 1];
      const owner =
        before &&
        ((before.possessive && (isPerson(before.ref) || before.ref === 'team')) ||
          ['his', 'her', 'their', 'your', 'whose'].includes(before.word) ||
          before.ref === 'name');
      const after = tokens[index + 1]?.word === 'of' ? tokens[referentAfter(tokens, index + 2)] : undefined;
      if (owner || (after && isPerson(after.ref))) set('fault_person', owner ? index - 1 : index, owner ? index : index + 2);
    }
    if (['blame', 'blamed', 'blames'].includes(token.word)) {
      const who = referentAfter(tokens, index + 1, 5);
      if (who !== -1 && (isPerson(tokens[who]?.ref ?? 'other') || tokens[who]?.ref === 'team')) set('blame_person', index, who);
    }
    // "It was him", "That was Wendell", "it's Fenna, again".
    if (['it', 'that', 'this'].includes(token.word) && ['be', 'is', 'was', 's'].includes(tokens[index + 1]?.word ?? '')) {
      const who = tokens[index + 2];
      const relativeVerb = tokens[index + 4]?.word ?? '';
      const relative = tokens[index + 3]?.word === 'who' && !inClass(relativeVerb, FAILURE_VERBS) && !inClass(relativeVerb, PHRASAL_VERBS);
      if (who && isPerson(who.ref) && !relative && !['your', 'his', 'her', 'their', 'my'].includes(who.word)) set('cleft_person', index, index + 2);
    }
    if (KNOWING.has(token.word) && tokens.some((other) => DEFIANCE.has(other.word))) {
      const clause = clauses.find((candidate) => candidate.from <= index && index < candidate.to);
      if ((clause && isPersonish(clause.subject)) || isPerson(tokens[index + 1]?.ref ?? 'other')) set('knew_person', index);
    }
    if (token.word === 'who' || token.word === 'whoever') {
      const verb = tokens[index + 1];
      if (verb && inClass(verb.word, FAILURE_VERBS)) set('who_failure', index, index + 1);
    }
    if (NEGATIONS.has(token.word) && tokens[index + 1]?.word === 'even') set('not_even', index, index + 1);
    if (HUMAN_WORDS.has(token.word) && ERROR_WORDS.has(tokens[index + 1]?.word ?? '')) {
      const mention =
        token.quoted ||
        METRIC_WORDS.has(tokens[index + 2]?.word ?? '') ||
        tokens.slice(Math.max(0, index - 6), index).some((before) => AVOIDING.has(before.word));
      set(mention ? 'human_error_mention' : 'human_error', index, index + 1);
    }
    if (token.word === 'fat' && /^finger/u.test(tokens[index + 1]?.word ?? '')) set('human_error', index, index + 1);
    // "The reason checkout fell over is Bolanle": a cause noun earlier, then "is" and a person.
    if (['is', 'was', 's'].includes(token.word) && tokens.slice(0, index).some((before) => CAUSE_NOUNS.has(before.word) && before.word !== 'why')) {
      const who = phraseAfter(tokens, index + 1, 2);
      if (who && who.kind !== 'system') set('cause_person', index, who.at);
    }
    if (['pebkac', 'pebcak'].includes(token.word) || (token.word === 'layer' && tokens[index + 1]?.word === '8') || /^fat-?finger/u.test(token.word))
      set('human_error', index);
    if (JUDGMENT_WORDS.has(token.word) && !token.quoted && tokens[index + 1]?.word !== 'loading') {
      set('judgment', index);
      if (anyPerson) set('judgment_person', index);
    }
    const firing = token.word === 'fire' || token.word === 'fired';
    const target = tokens[referentAfter(tokens, index + 1)];
    const firesSomeone = (target !== undefined && target.ref !== 'system') || ['be', 'get', 'got', 'gets'].includes(tokens[index - 1]?.word ?? '');
    if (PUNISHMENT_WORDS.has(token.word) && (!firing || firesSomeone)) {
      set('punishment', index);
      if (anyPerson) set('punishment_person', index);
    }
    if (HABIT_WORDS.has(token.word) && anyPerson) set('habit_person', index);
    if (OBVIOUS_WORDS.has(token.word) && !tokens.slice(Math.max(0, index - 3), index).some((before) => NEGATIONS.has(before.word))) set('obvious', index);
    if (PROCESS_WORDS.has(token.word)) set('process_word', index);
    if (PRAISE_WORDS.has(token.word)) set('praise', index);
    if (['happen', 'happens', 'happening', 'recur', 'recurs'].includes(token.word) && tokens[index + 1]?.word === 'again')
      set('happen_again', index, index + 1);
    if (token.quoted && quotedOnBothSides(text, token) && !NAMING_WORDS.has(tokens[index - 1]?.word ?? '') && !JUDGMENT_WORDS.has(token.word))
      set('scare_quote', index);
  }

  // "was added by Mirela", "restored by Kwesi": a person as the agent of a passive verb.
  tokens.forEach((token, index) => {
    if (token.word !== 'by' || !tokens[index - 1]?.tags.has('PastTense')) return;
    const who = phraseAfter(tokens, index + 1, 3);
    if (who && who.kind !== 'system') set('passive_person', index - 1, who.at);
    if (who && who.kind !== 'system' && anyFailure) set('passive_person_failure', index - 1, who.at);
  });
  if ((anyFailure || failureState) && anyPerson) set('failure_with_person', personIndex);
  if ((anyFailure || failureState) && clauses.some((clause) => isPersonish(clause.subject) || clause.subject === 'team'))
    set('failure_near_person', personIndex === -1 ? 0 : personIndex);

  const phraseFeature = (name: string, phrases: readonly (readonly string[])[]) => {
    const found = firstPhrase(tokens, phrases);
    if (found) set(name, found[0], found[1]);
    return found !== undefined;
  };
  phraseFeature('incompetence', INCOMPETENCE_PHRASES);
  if (phraseFeature('punishment_phrase', PUNISHMENT_PHRASES) && anyPerson) set('punishment_person', personIndex);
  if (phraseFeature('sarcasm', SARCASM_PHRASES) && (anyFailure || anyPerson)) set('sarcasm_person', personIndex === -1 ? 0 : personIndex);
  if (features.has('sarcasm') && (anyFailure || failureState)) set('sarcasm_failure', personIndex === -1 ? 0 : personIndex);
  if (features.has('praise') && (anyFailure || failureState) && anyPerson) set('praise_with_failure', personIndex);
  phraseFeature('systemic', SYSTEMIC_PHRASES);

  // Sentence shape: an order, a question, a timeline entry.
  let first = 0;
  while (first < tokens.length && LEADING_FILLERS.has(tokens[first]?.word ?? '')) first += 1;
  const opener = tokens[first];
  if (opener) {
    const suggestion = opener.word === 'let' && ['us', 's'].includes(tokens[first + 1]?.word ?? '');
    const bareVerb = first === 0 && opener.tags.has('Infinitive') && !opener.tags.has('Modal') && !opener.tags.has('Auxiliary') && tokens[1]?.ref !== 'other';
    const imperative =
      !suggestion &&
      (opener.tags.has('Imperative') ||
        bareVerb ||
        (opener.word === 'do' && tokens[first + 1]?.word === 'not') ||
        opener.word === 'make' ||
        opener.word === 'ensure');
    if (imperative) {
      const whole = tokens.length - 1;
      set('imperative', first, whole);
      if (anyPerson || anyTeam) set('imperative_person', first, whole);
      else if (tokens.slice(first + 1).some((token) => token.ref === 'system')) set('imperative_system', first, whole);
      if (features.has('process_word') || features.has('happen_again')) set('process_imperative', first, whole);
    }
    if (/^\d{1,2}[:.h]\d{2}/u.test(opener.text)) set('timestamp', first);
    const systemicOpener = SYSTEMIC_OPENERS.find((phrase) => matchAt(tokens, first, phrase));
    if (systemicOpener) set('systemic', first, first + systemicOpener.length - 1);
    if (ENTRY_PREFIXES.has(opener.word) && tokens.slice(first, first + 3).some((token) => text.charAt(token.end) === ':')) set('entry_prefix', first);
  }
  const last = tokens[tokens.length - 1];
  const tail = last ? text.slice(last.end, sentence.end) + last.text : '';
  if (tail.includes('?')) {
    set('question', 0);
    const lead = opener?.word ?? '';
    if (OPEN_QUESTION_WORDS.has(lead) && lead !== 'how' && !anyFailure && !failureState) set('open_question', first);
    if (['why', 'how'].includes(lead)) {
      // In a question the subject follows the auxiliary: "how did Beatriz not notice", "why wasn't the on-call paged".
      const personal =
        clauses.some((clause) => isPersonish(clause.subject) || tokens[clause.head]?.word === 'nobody') ||
        tokens.slice(first + 1, first + 4).some((token) => (isPerson(token.ref) || token.word === 'nobody') && !token.possessive);
      set(personal ? 'why_person' : anyPerson ? 'why_mentions_person' : 'why_system', first);
    }
    const accused = tokens.slice(first + 1, first + 5).find((token) => isVerb(token));
    if (lead === 'who' && accused && (inClass(accused.word, FAILURE_VERBS) || inClass(accused.word, ACCUSING_VERBS))) set('who_question', first);
    if (lead === 'what' && tokens.some((token) => token.word === 'thinking')) set('rhetorical', first);
    // "Was Eun-ji asleep?", "Did Bilal really think...?": a yes/no question about one person.
    if (['was', 'did', 'is', 'does', 'do', 'were', 'has', 'have'].includes(lead) && tokens[first + 1] && isPerson(tokens[first + 1]?.ref ?? 'other'))
      set('yes_no_person', first, first + 1);
    if (tokens.some((token) => token.word === 'even') && anyPerson) set('rhetorical', first);
  }
  if (tail.includes('!')) set('exclaim', tokens.length - 1);
  // (no bare 'a person is mentioned' feature: it taught the model that names alone are blame)
  if (clauses[0]?.subject === 'group') set('group_subject', 0);
  return features;
}

/** A word in quotes on both sides: "tested", a "quick fix". */
function quotedOnBothSides(text: string, token: Token): boolean {
  return /["“'‘]/u.test(text.charAt(token.start - 1)) && /["”'’]/u.test(text.charAt(token.end));
}
