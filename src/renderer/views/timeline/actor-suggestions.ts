/** The "@…" being typed at the caret: where it starts and ends in the line, and the name typed so far. */
export interface ActorQuery {
  start: number;
  end: number;
  query: string;
}

/** A name that quick entry reads without quotes: letters, digits and . _ ' - after a letter or digit. */
const BARE_NAME = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}._'-]*$/u;
const SUGGESTIONS_MAX = 6;

/**
 * The actor being typed where the caret is: "@Sa" or an unclosed '@"Sarah C'. Null when the caret is not in one,
 * or the quote is already closed.
 */
export function actorQueryAt(text: string, caret: number): ActorQuery | null {
  const before = text.slice(0, caret);
  const quoted = /(?:^|\s)@["“]([^"“”]*)$/u.exec(before);
  if (quoted) {
    const start = before.length - quoted[1]!.length - 2;
    const closing = text.slice(caret).search(/["”]/u);
    const nextSpace = text.slice(caret).search(/\s/u);
    // A closing quote after the caret ends the name there; the name is complete, nothing to suggest.
    if (closing !== -1 && (nextSpace === -1 || closing < nextSpace)) return null;
    return { start, end: caret + (nextSpace === -1 ? text.length - caret : nextSpace), query: quoted[1]! };
  }
  const bare = /(?:^|\s)@([^\s@"“”]*)$/u.exec(before);
  if (!bare) return null;
  const after = /^[^\s]*/u.exec(text.slice(caret))?.[0] ?? '';
  return { start: before.length - bare[1]!.length - 1, end: caret + after.length, query: bare[1]! };
}

const fold = (text: string) => text.normalize('NFKC').toLocaleLowerCase();

/**
 * The names that match what is typed: those that start with it come first, then those with a later word that
 * does ("Co" finds "Sarah Cohen"). A name typed out in full suggests nothing, so Enter adds the line.
 */
export function suggestActors(names: readonly string[], query: string): string[] {
  const typed = fold(query.trim());
  const unique = [...new Map(names.filter((name) => name.trim() !== '').map((name) => [fold(name), name])).values()];
  if (unique.some((name) => fold(name) === typed)) return [];
  const starts = unique.filter((name) => fold(name).startsWith(typed));
  const words = unique.filter(
    (name) =>
      !starts.includes(name) &&
      fold(name)
        .split(/\s+/u)
        .some((word) => word.startsWith(typed)),
  );
  return [...starts, ...words].slice(0, SUGGESTIONS_MAX);
}

/** The actor as quick entry reads it back: @alice, or @"Sarah Cohen" when the name has spaces or other signs. */
export function actorToken(name: string): string {
  return BARE_NAME.test(name) ? `@${name}` : `@"${name.replace(/["“”]/gu, '')}"`;
}

/** The line with the typed "@…" replaced by the chosen name, and where the caret goes after it. */
export function acceptActor(text: string, query: ActorQuery, name: string): { text: string; caret: number } {
  const token = actorToken(name);
  const after = text.slice(query.end);
  const spacer = after.startsWith(' ') ? '' : ' ';
  return { text: `${text.slice(0, query.start)}${token}${spacer}${after}`, caret: query.start + token.length + 1 };
}
