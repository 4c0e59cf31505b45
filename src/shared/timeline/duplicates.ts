/** What the duplicate check reads of an event, stored or about to be imported. */
export interface DuplicateCheckEvent {
  /** UTC epoch milliseconds. */
  occurredAt: number;
  description: string;
  actor?: string;
}

export interface DuplicateSplit<T> {
  /** The incoming events to import, in their order. */
  kept: T[];
  /** The incoming events left out, each with what it repeats: an event of the meeting or an earlier one of the file. */
  duplicates: Array<{ event: T; of: 'meeting' | 'file' }>;
}

/** Token sets at least this alike (shared words over all words) are the same text said a little differently. */
const TOKEN_OVERLAP_MIN = 0.8;
/** Fewer distinct words than this are compared only as a whole, so "Rollback started" never matches "Rollback done". */
const TOKEN_OVERLAP_WORDS_MIN = 4;

const minuteOf = (occurredAt: number) => Math.floor(occurredAt / 60_000);

/**
 * The words of a text with case, width, invisible characters, punctuation, symbols and spacing folded away:
 * "Error rate UP — p99: 4 s!" gives ["error", "rate", "up", "p99", "4", "s"].
 */
export function foldedWords(text: string): string[] {
  // Printable ASCII (most log lines) has nothing to normalize or remove, and only [a-z0-9] as letters and digits.
  const folded = PLAIN_ASCII.test(text)
    ? text.toLowerCase().split(/[^a-z0-9]+/)
    : text
        .normalize('NFKC')
        .toLowerCase()
        .replace(/\p{Cf}/gu, '')
        .split(/[^\p{L}\p{M}\p{N}]+/u);
  return folded.filter((word) => word !== '');
}

const PLAIN_ASCII = /^[\t\n\r\x20-\x7e]*$/;

const numbersOf = (list: readonly string[], joined: string) => (/\p{N}/u.test(joined) ? list.filter((word) => /\p{N}/u.test(word)).join(' ') : '');

class FoldedText {
  /** The words run together, so "p99 above 4s" and "p99 above 4 s" are equal. */
  readonly compact: string;
  /** The words holding a digit, in order: texts that differ in a number are never alike by their words. */
  readonly numbers: string;
  readonly #list: readonly string[];
  #words: Set<string> | undefined;

  private constructor(compact: string, numbers: string, list: readonly string[]) {
    this.compact = compact;
    this.numbers = numbers;
    this.#list = list;
  }

  /** `list` is foldedWords(text), given when already known. */
  static of(text: string, list: readonly string[] = foldedWords(text)): FoldedText {
    const joined = list.join('');
    // A text of only punctuation still compares with itself.
    return new FoldedText(list.length > 0 ? joined : text.trim(), numbersOf(list, joined), list);
  }

  /**
   * `${before's text} ${this text}`, passed as `text`: with a space between them, its words are before's, then these,
   * so it is put together from the two without folding it again.
   */
  after(before: FoldedText, text: string): FoldedText {
    if (before.#list.length === 0 || this.#list.length === 0) return FoldedText.of(text, [...before.#list, ...this.#list]);
    const numbers = before.numbers === '' ? this.numbers : this.numbers === '' ? before.numbers : `${before.numbers} ${this.numbers}`;
    return new FoldedText(before.compact + this.compact, numbers, [...before.#list, ...this.#list]);
  }

  /** Made when first compared: most texts are told apart by their compact form or their numbers, without it. */
  get words(): Set<string> {
    this.#words ??= new Set(this.#list);
    return this.#words;
  }
}

const fold = (text: string) => FoldedText.of(text);

function alike(a: FoldedText, b: FoldedText): boolean {
  if (a.compact === b.compact) return true;
  if (a.numbers !== b.numbers) return false;
  let shared = 0;
  for (const word of a.words) if (b.words.has(word)) shared += 1;
  const all = a.words.size + b.words.size - shared;
  return all >= TOKEN_OVERLAP_WORDS_MIN && shared / all >= TOKEN_OVERLAP_MIN;
}

/** Two word sets can share 80% of their union only if the smaller holds at least 80% as many words as the larger. */
function couldBeAlike(a: FoldedText, b: FoldedText): boolean {
  const [small, large] = a.words.size < b.words.size ? [a.words.size, b.words.size] : [b.words.size, a.words.size];
  return small >= large * TOKEN_OVERLAP_MIN;
}

/**
 * An event's text as it may have been written elsewhere: the description alone, and after the actor's name. Actors
 * repeat, so each is folded once, in `actors`.
 */
function variants(event: DuplicateCheckEvent, actors: Map<string, FoldedText>): FoldedText[] {
  const description = fold(event.description);
  const actor = event.actor?.trim() ?? '';
  if (actor === '') return [description];
  let foldedActor = actors.get(actor);
  if (!foldedActor) {
    foldedActor = fold(actor);
    actors.set(actor, foldedActor);
  }
  return [description, description.after(foldedActor, `${actor} ${event.description}`)];
}

/**
 * Two texts are similar when they are equal once case, width, invisible characters, punctuation, symbols and
 * spacing are folded away, or when they hold the same numbers and at least 80% of their distinct words are shared
 * (counted only for texts of 4 or more distinct words between them).
 */
export function isSimilarText(a: string, b: string): boolean {
  return alike(fold(a), fold(b));
}

/**
 * Splits incoming events into those to import and likely duplicates. An incoming event is a likely duplicate when an
 * event already in the meeting, or one kept earlier in the same import, falls in the same UTC minute and has similar
 * text (see isSimilarText), comparing each description alone and also with its actor's name in front, so a chat line
 * "PagerDuty paged the on-call" matches a CSV row with actor PagerDuty and event "paged the on-call".
 */
export function findLikelyDuplicates<T extends DuplicateCheckEvent>(incoming: readonly T[], existing: readonly DuplicateCheckEvent[]): DuplicateSplit<T> {
  // Per minute: the compact forms seen, for the common case of an exact repeat, and the texts seen grouped by their
  // numbers, since texts whose numbers differ are never alike: a busy log's minute then costs little to search.
  interface Seen {
    text: FoldedText;
    of: 'meeting' | 'file';
    /** Order of remembering, so the first match in file order is the one named. */
    order: number;
  }
  const byMinute = new Map<number, { exact: Map<string, 'meeting' | 'file'>; byNumbers: Map<string, Seen[]> }>();
  let remembered = 0;
  const minute = (event: DuplicateCheckEvent) => {
    const key = minuteOf(event.occurredAt);
    let bucket = byMinute.get(key);
    if (!bucket) {
      bucket = { exact: new Map(), byNumbers: new Map() };
      byMinute.set(key, bucket);
    }
    return bucket;
  };
  const remember = (texts: FoldedText[], event: DuplicateCheckEvent, of: 'meeting' | 'file') => {
    const bucket = minute(event);
    const order = remembered++;
    for (const text of texts) {
      if (!bucket.exact.has(text.compact)) bucket.exact.set(text.compact, of);
      const group = bucket.byNumbers.get(text.numbers);
      if (group) group.push({ text, of, order });
      else bucket.byNumbers.set(text.numbers, [{ text, of, order }]);
    }
  };
  const firstAlike = (texts: FoldedText[], bucket: { byNumbers: Map<string, Seen[]> }): Seen | undefined => {
    let first: Seen | undefined;
    for (const text of texts) {
      for (const seen of bucket.byNumbers.get(text.numbers) ?? []) {
        if (first && seen.order >= first.order) break;
        if (couldBeAlike(seen.text, text) && alike(seen.text, text)) first = seen;
      }
    }
    return first;
  };
  const actors = new Map<string, FoldedText>();
  for (const event of existing) remember(variants(event, actors), event, 'meeting');

  const split: DuplicateSplit<T> = { kept: [], duplicates: [] };
  for (const event of incoming) {
    const texts = variants(event, actors);
    const bucket = minute(event);
    const exact = texts.map((text) => bucket.exact.get(text.compact)).find((of) => of !== undefined);
    const of = exact ?? firstAlike(texts, bucket)?.of;
    if (of) {
      split.duplicates.push({ event, of });
    } else {
      split.kept.push(event);
      remember(texts, event, 'file');
    }
  }
  return split;
}
