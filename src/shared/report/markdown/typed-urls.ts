/**
 * The web addresses in one line of typed text, found as GitHub finds them in plain text (the autolink extension of
 * GitHub-flavoured Markdown, as cmark-gfm implements it), so the Markdown writer can make each one a link with the
 * href GitHub would give it:
 * - `http://`, `https://` or `ftp://` in any letter case, not right after an ASCII letter; or `www.` at the start or
 *   after whitespace, `*`, `_`, `~` or `(` (the link then goes to `http://www.…`). Either is followed by a character
 *   that is neither whitespace nor punctuation;
 * - the address runs to the next whitespace, `<` or `>`;
 * - then loses, again and again, a trailing `?`, `!`, `.`, `,`, `:`, `*`, `_`, `~`, `'` or `"`, a `)` that has no
 *   `(` to match, or a trailing `&name;` (just the `;` when no `&name` comes before it).
 * Where this differs from cmark-gfm it links more, never less: any Unicode whitespace ends an address (cmark-gfm stops
 * only at ASCII ones), `>` ends it (as in a typed `<https://…>`), and underscores in the host name are allowed. Every
 * address cmark-gfm would find is found, so none is left for it to find in escaped text, where it would take the
 * escaping backslashes into its href.
 */
export interface TypedUrl {
  /** Where the address starts and ends in the line (UTF-16 offsets, end exclusive). */
  start: number;
  end: number;
  /** The address as typed, and the link it means (`http://` added before `www.`). */
  text: string;
  href: string;
}

const START = /(?<![A-Za-z])(?:[Hh][Tt][Tt][Pp][Ss]?|[Ff][Tt][Pp]):\/\/|(?<![^\s*_~(])www\./gu;
/** Neither whitespace nor punctuation: Unicode's punctuation and every ASCII one (`$`, `+`, `<`, `|` too). */
const HOST_CHARACTER = /^[^\s\p{P}\x21-\x2F\x3A-\x40\x5B-\x60\x7B-\x7E]/u;
const RUN_END = /[\s<>]/u;
const TRAILING_PUNCTUATION = new Set(['?', '!', '.', ',', ':', '*', '_', '~', "'", '"']);

function count(text: string, char: string): number {
  let found = 0;
  for (const each of text) if (each === char) found += 1;
  return found;
}

/** The address without what GFM leaves outside a link at its end. */
function withoutTrailing(run: string): string {
  const opening = count(run, '(');
  let closing = count(run, ')');
  let end = run.length;
  while (end > 0) {
    const last = run[end - 1]!;
    if (last === ')') {
      if (closing <= opening) break;
      closing -= 1;
      end -= 1;
    } else if (TRAILING_PUNCTUATION.has(last)) {
      end -= 1;
    } else if (last === ';') {
      let name = end - 2;
      while (name > 0 && /[A-Za-z]/.test(run[name]!)) name -= 1;
      end = name < end - 2 && run[name] === '&' ? name : end - 1;
    } else {
      break;
    }
  }
  return run.slice(0, end);
}

export function findTypedUrls(line: string): TypedUrl[] {
  const found: TypedUrl[] = [];
  START.lastIndex = 0;
  for (let match = START.exec(line); match !== null; match = START.exec(line)) {
    const start = match.index;
    const afterPrefix = start + match[0].length;
    if (!HOST_CHARACTER.test(line.slice(afterPrefix, afterPrefix + 2))) continue;
    const rest = line.slice(afterPrefix);
    const runLength = rest.search(RUN_END);
    const text = withoutTrailing(line.slice(start, runLength === -1 ? line.length : afterPrefix + runLength));
    const end = start + text.length;
    found.push({ start, end, text, href: text.startsWith('www.') ? `http://${text}` : text });
    START.lastIndex = end;
  }
  return found;
}
