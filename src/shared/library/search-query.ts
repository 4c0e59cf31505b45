/**
 * Library search (issue 16): what a person types, turned into an FTS5 query that can never be a syntax error, and the
 * index's highlighted snippets turned into plain parts a view renders as text.
 *
 * Each word typed becomes one quoted FTS5 string, so nothing typed is an operator: AND, OR, NOT, NEAR, `*`, `^`,
 * `:`, `+`, parentheses and column names are all words or separators inside quotes, and a `"` is doubled. FTS5 reads a
 * quoted string with the index's own tokenizer (unicode61, diacritics removed), so "db-3" is the phrase "db 3" and
 * "Café" finds "cafe". All words must match: first within one field (FTS5's implicit AND), then, for reviews that
 * hold them in different fields, across the review's fields (the repository does that, term by term). While someone is still typing the last word (the
 * text does not end in a space), it matches as a prefix, once it has two characters: a one-character prefix would
 * read a large part of the index for every key press.
 */

/** More words than this add little to a search and only slow it down; the rest are ignored. */
export const SEARCH_TERMS_MAX = 12;
/** The longest search text taken, in characters. */
export const SEARCH_TEXT_MAX = 200;

/** Marks around each match in a snippet, as the repository asks FTS5's snippet() for them; never in indexed text. */
export const MATCH_START = '\u0002';
export const MATCH_END = '\u0003';

/** Controls, format characters (bidi marks and isolates, zero-width joiners) and separators split words. */
const SPLIT = /[\s\p{Cc}\p{Cf}\p{Z}]+/u;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
/** The letters and digits the last word ends with (what a prefix match would extend). */
const TRAILING_WORD = /[\p{L}\p{N}\p{M}]+$/u;

/**
 * Each typed word as a safe FTS5 query of its own, or null when there is no word to look for (then nothing is
 * searched). All of them together, joined by spaces, is the query that wants every word in one field.
 */
export function ftsTerms(text: string): string[] | null {
  const words = text
    .split(SPLIT)
    .filter((word) => WORD_CHARACTER.test(word))
    .slice(0, SEARCH_TERMS_MAX);
  if (words.length === 0) return null;
  const stillTyping = !/[\s\p{Z}]$/u.test(text);
  return words.map((word, index) => {
    const quoted = `"${word.replaceAll('"', '""')}"`;
    const last = index === words.length - 1;
    const tail = Array.from(TRAILING_WORD.exec(word)?.[0] ?? '').length;
    return last && stillTyping && tail >= 2 ? `${quoted} *` : quoted;
  });
}

/** Text as the index's tokenizer (unicode61, remove_diacritics 2) splits it: folded words of letters and digits. */
export function indexWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/**
 * Whether a text holds one term of ftsTerms(), read as FTS5 reads it: the term's words in a row, the last one as a
 * prefix when the term ends in `*`. For checking a few fields already read; the index answers everything else.
 */
export function holdsTerm(text: string, term: string): boolean {
  const prefix = term.endsWith(' *');
  const phrase = indexWords((prefix ? term.slice(0, -2) : term).slice(1, -1).replaceAll('""', '"'));
  if (phrase.length === 0) return false;
  const words = indexWords(text);
  const last = phrase.length - 1;
  for (let start = 0; start + last < words.length; start++) {
    if (phrase.every((word, index) => (prefix && index === last ? words[start + index]?.startsWith(word) : words[start + index] === word))) return true;
  }
  return false;
}

/** A safe FTS5 query that wants every typed word in one field, or null when there is no word to look for. */
export function ftsQuery(text: string): string | null {
  return ftsTerms(text)?.join(' ') ?? null;
}

/** One piece of a snippet: matched text is highlighted. */
export interface SnippetPart {
  text: string;
  match: boolean;
}

/** Splits a snippet with MATCH_START / MATCH_END marks into parts; an unpaired mark is dropped. Empty parts are left out. */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let match = false;
  let text = '';
  const flush = () => {
    if (text !== '') {
      const previous = parts.at(-1);
      if (previous && previous.match === match) previous.text += text;
      else parts.push({ text, match });
    }
    text = '';
  };
  for (const character of snippet) {
    if (character === MATCH_START || character === MATCH_END) {
      flush();
      match = character === MATCH_START;
    } else {
      text += character;
    }
  }
  flush();
  return parts;
}
