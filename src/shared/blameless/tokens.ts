import nlp from 'compromise';
import {
  CAUSE_NOUNS,
  FAULT_NOUNS,
  GROUP_PRONOUNS,
  JUDGMENT_WORDS,
  NOT_NAMES,
  PERSON_PRONOUNS,
  ROLE_WORDS,
  SYSTEM_WORDS,
  TASK_WORDS,
  TEAM_WORDS,
} from './lexicon.ts';

/** What a word refers to: someone (a name, a pronoun, a role), a team, the speaking group, a thing, or neither. */
export type Referent = 'name' | 'pronoun' | 'role' | 'team' | 'group' | 'system' | 'other';

export interface Token {
  /** As written. */
  text: string;
  /** Lowercase, without quotes or a possessive 's; a contraction's implied word ("not" for the n't of "didn't"). */
  word: string;
  /** Offsets in the checked text, end exclusive. */
  start: number;
  end: number;
  tags: ReadonlySet<string>;
  possessive: boolean;
  ref: Referent;
  /** A quote mark sits right before or after it. */
  quoted: boolean;
}

export interface Sentence {
  start: number;
  end: number;
  tokens: Token[];
}

/** Sentences longer than this many characters are checked in windows, so a hostile line stays linear. */
const MAX_CHUNK = 300;

/** Where sentences end: after . ! ? (and runs of them) before a space, and at every line break. */
const SENTENCE_END = /[.!?…]+(?=\s|$)|\n+/gu;

/** Sentence ranges in `text`, trimmed, at most MAX_CHUNK characters each (cut at a space where one is near). */
export function sentenceRanges(text: string): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  const push = (from: number, to: number) => {
    let start = from;
    let end = to;
    while (start < end && /\s/u.test(text.charAt(start))) start += 1;
    while (end > start && /\s/u.test(text.charAt(end - 1))) end -= 1;
    while (end - start > MAX_CHUNK) {
      const space = text.lastIndexOf(' ', start + MAX_CHUNK);
      const cut = space > start + MAX_CHUNK / 2 ? space : start + MAX_CHUNK;
      ranges.push({ start, end: cut });
      start = cut;
      while (start < end && /\s/u.test(text.charAt(start))) start += 1;
    }
    if (end > start) ranges.push({ start, end });
  };
  let from = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const to = match.index + match[0].length;
    push(from, to);
    from = to;
  }
  push(from, text.length);
  return ranges;
}

const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | undefined> } }).one.lexicon;
const NAME_TAGS = new Set(['FirstName', 'LastName', 'MaleName', 'FemaleName', 'Person', 'Honorific']);
const NOT_NOUN_TAGS = [
  'Verb',
  'Adjective',
  'Adverb',
  'Determiner',
  'Preposition',
  'Conjunction',
  'QuestionWord',
  'Pronoun',
  'Value',
  'Expression',
  'Negative',
  'Date',
  'Acronym',
];
const QUOTE = /["“”‘’'`«»]/u;
const NON_LATIN_LETTER = /[^\P{L}\p{Script=Latin}]/u;
const KNOWN_NOT_NAMES = [NOT_NAMES, CAUSE_NOUNS, FAULT_NOUNS, TASK_WORDS, JUDGMENT_WORDS, SYSTEM_WORDS];

function looksLikeName(token: Omit<Token, 'ref'>, previous: Token | undefined): boolean {
  const { word, text, tags } = token;
  if (KNOWN_NOT_NAMES.some((set) => set.has(word))) return false;
  if ([...NAME_TAGS].some((tag) => tags.has(tag))) return true;
  if (NON_LATIN_LETTER.test(text)) return /\p{L}/u.test(text);
  const known = lexicon[word];
  if (known !== undefined && !NAME_TAGS.has(known)) return false;
  if (NOT_NOUN_TAGS.some((tag) => tags.has(tag))) return false;
  if (word.length < 2 || /\d/u.test(word) || /(?:tion|ment|ness|ity|ance|ence|ing|ers)$/u.test(word)) return false;
  const bare = text.replace(/^\W+|['’]s?$|\W+$/gu, '');
  if (/^\p{Lu}[\p{Ll}'’-]+$/u.test(bare)) return true;
  // A lowercase word no dictionary knows, opening a chat line or right after "on" / "of" / "by": in chat notes that is
  // a name ("yerlan nuked it", "that's on priya"). Elsewhere it is more likely a noun compromise does not list.
  const nameSlot = previous === undefined || ['on', 'of', 'by', 'blame', 'ngl', 'tbh', 'omg', 'lol', 'bc'].includes(previous.word);
  return /^\p{Ll}[\p{Ll}-]+$/u.test(bare) && nameSlot && !tags.has('Plural') && (tags.has('Noun') || tags.size === 0);
}

function referentOf(token: Omit<Token, 'ref'>, previous: Token | undefined): Referent {
  const { word } = token;
  if (/^@[\p{L}\p{N}_.-]+$/u.test(token.text)) return 'name';
  if (PERSON_PRONOUNS.has(word)) return 'pronoun';
  if (GROUP_PRONOUNS.has(word)) return 'group';
  if (ROLE_WORDS.has(word)) return 'role';
  if (TEAM_WORDS.has(word)) return 'team';
  if (SYSTEM_WORDS.has(word)) return 'system';
  if (looksLikeName(token, previous)) return 'name';
  return token.tags.has('Noun') && !token.tags.has('Pronoun') ? 'system' : 'other';
}

interface CompromiseTerm {
  text: string;
  normal?: string;
  implicit?: string;
  tags: Set<string>;
}

/** Tags one sentence with compromise and maps its terms back to offsets in `text`. */
export function tokenize(text: string, range: { start: number; end: number }): Sentence {
  const slice = text.slice(range.start, range.end);
  const document = (nlp(slice) as unknown as { document: CompromiseTerm[][] }).document;
  const tokens: Token[] = [];
  let cursor = 0;
  for (const term of document.flat()) {
    const found = term.text === '' ? -1 : slice.indexOf(term.text, cursor);
    const implied = tokens[tokens.length - 1];
    // The implied half of a contraction ("not" in "doesn't") points at the written word.
    const at = found !== -1 ? found : term.text === '' && implied ? implied.start - range.start : cursor;
    const end = found !== -1 ? at + term.text.length : term.text === '' && implied ? implied.end - range.start : cursor;
    cursor = Math.max(cursor, end);
    const raw = (term.implicit ?? term.normal ?? term.text).toLowerCase();
    const possessive = term.tags.has('Possessive') || /['’]s$/u.test(term.text);
    const word = raw.replace(/['’]s$/u, '').replace(/^[^\p{L}\p{N}@]+|[^\p{L}\p{N}]+$/gu, '') || raw;
    const quoted = QUOTE.test(slice.charAt(at - 1)) || QUOTE.test(slice.charAt(end));
    const base = { text: term.text, word, start: range.start + at, end: range.start + end, tags: term.tags, possessive, quoted };
    const previous = tokens[tokens.length - 1];
    // compromise splits "on-call" and "follow-up" in two; the guard reads them as one word.
    if (previous && found > 0 && slice.charAt(at - 1) === '-' && previous.end === range.start + at - 1 && term.text !== '') {
      const merged = {
        ...previous,
        text: `${previous.text}-${term.text}`,
        word: `${previous.word}-${word}`,
        end: base.end,
        tags: term.tags,
        possessive,
        quoted: previous.quoted || quoted,
      };
      tokens[tokens.length - 1] = { ...merged, ref: previous.ref === 'name' ? 'name' : referentOf(merged, tokens[tokens.length - 2]) };
      continue;
    }
    tokens.push({ ...base, ref: referentOf(base, previous) });
  }
  return { start: range.start, end: range.end, tokens };
}
