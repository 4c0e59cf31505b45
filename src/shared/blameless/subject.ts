import { FAILURE_VERBS, NEUTRAL_VERBS } from './lexicon.ts';
import { inClass } from './stems.ts';
import type { Referent, Token } from './tokens.ts';

/** Who a clause is about: a person (a name, a pronoun, a role), a person's thing ("Kofi's migration"), a team, the speaking group, a system, or nobody (an order, a fragment). */
export type SubjectKind = 'person' | 'owned' | 'team' | 'group' | 'system' | 'none';

export interface Clause {
  /** Index of the clause's first and one-past-last token in the sentence. */
  from: number;
  to: number;
  subject: SubjectKind;
  /** Index of the subject's head word, or -1. */
  head: number;
  /** Index of the first verb, or -1. */
  verb: number;
}

/** Words that open a new clause with its own subject. */
const SUBORDINATORS = new Set([
  'because',
  'since',
  'when',
  'after',
  'while',
  'until',
  'although',
  'though',
  'if',
  'unless',
  'so',
  'but',
  'whereas',
  'once',
  'then',
  'bc',
  'cause',
  'coz',
  'becuase',
  'and',
]);
/** Auxiliaries that come before the subject in a question. */
const INVERTING = new Set(['do', 'did', 'does', 'was', 'were', 'is', 'are', 'has', 'have', 'had', 'can', 'could', 'should', 'would', 'will']);
/** Punctuation after a word that closes a clause. */
const CLAUSE_PUNCTUATION = /[,;:—–()]|\s-\s/u;
const VERB_SKIP = new Set(['Auxiliary', 'Modal']);

export function isPerson(ref: Referent): boolean {
  return ref === 'name' || ref === 'pronoun' || ref === 'role';
}

export function isVerb(token: Token): boolean {
  return token.tags.has('Verb') && !token.tags.has('Gerund') && !token.tags.has('Noun');
}

/**
 * A verb, or a word compromise read as a noun that sits right after someone and is a verb we know ("Gustavo deletes
 * the volume", "Quynh hit enter"): in that slot it is the action.
 */
export function isVerbAt(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (!token) return false;
  if (isVerb(token)) return true;
  const previous = tokens[index - 1];
  return (
    previous !== undefined &&
    (isPerson(previous.ref) || previous.ref === 'team') &&
    !previous.possessive &&
    (inClass(token.word, FAILURE_VERBS) !== undefined || inClass(token.word, NEUTRAL_VERBS) !== undefined)
  );
}

/** The text between this token and the next, as compromise kept it (punctuation, spaces). */
function gapAfter(tokens: readonly Token[], index: number, text: string): string {
  const token = tokens[index];
  const next = tokens[index + 1];
  return token && next ? text.slice(token.end, next.start) : '';
}

function subjectOf(tokens: readonly Token[], from: number, verb: number): { subject: SubjectKind; head: number } {
  let head = -1;
  let owner = false;
  for (let index = from; index < verb; index += 1) {
    const token = tokens[index];
    if (!token) continue;
    if (token.ref === 'other') continue;
    // "the engineer on call": "call" is part of the role, not the head.
    if (token.word === 'call' && tokens[index - 1]?.word === 'on') continue;
    if (token.possessive && (isPerson(token.ref) || token.ref === 'team')) owner = true;
    else if (['his', 'her', 'their', 'your', 'my'].includes(token.word)) owner = token.word !== 'my';
    head = index;
  }
  const token = tokens[head];
  if (!token) return { subject: 'none', head: -1 };
  // "the payments team", "the intern's team": the last noun decides.
  if (token.ref === 'team') return { subject: 'team', head };
  if (token.ref === 'group') return { subject: 'group', head };
  if (isPerson(token.ref) && !token.possessive) return { subject: 'person', head };
  if (owner || (token.possessive && isPerson(token.ref))) return { subject: 'owned', head };
  return { subject: 'system', head };
}

/** Splits a sentence's tokens into clauses and finds each clause's subject and first verb. */
export function clausesOf(tokens: readonly Token[], text: string): Clause[] {
  const clauses: Clause[] = [];
  let from = 0;
  const close = (to: number) => {
    if (to <= from) return;
    let verb = -1;
    for (let index = from; index < to; index += 1) {
      if (isVerbAt(tokens, index)) {
        verb = index;
        break;
      }
    }
    // Modals and auxiliaries start the verb group, but the subject is what comes before them.
    const subjectEnd = verb === -1 ? to : verb;
    let found = verb === -1 ? { subject: 'none' as SubjectKind, head: -1 } : subjectOf(tokens, from, subjectEnd);
    // A question puts the subject after the auxiliary: "did the alert not reach her", "was Kim asleep".
    if (found.subject === 'none' && verb !== -1 && INVERTING.has(tokens[verb]?.word ?? '')) {
      let next = verb + 1;
      while (next < to && !isVerbAt(tokens, next)) next += 1;
      found = subjectOf(tokens, verb + 1, next);
    }
    const { subject, head } = found;
    clauses.push({ from, to, subject, head, verb });
    from = to;
  };
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (!token) continue;
    if (index > from && SUBORDINATORS.has(token.word) && !(token.word === 'and' && !nextHasVerb(tokens, index))) close(index);
    if (CLAUSE_PUNCTUATION.test(gapAfter(tokens, index, text))) close(index + 1);
  }
  close(tokens.length);
  return clauses;
}

/** "and" opens a clause only when a subject and verb follow soon ("and Bob forgot it"), not in "Kofi and Ana". */
function nextHasVerb(tokens: readonly Token[], index: number): boolean {
  for (let next = index + 1; next < Math.min(tokens.length, index + 4); next += 1) {
    const token = tokens[next];
    if (token && isVerb(token) && !VERB_SKIP.has([...token.tags][0] ?? '')) return next > index + 1;
  }
  return false;
}
