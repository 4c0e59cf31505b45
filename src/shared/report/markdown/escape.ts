import { cleanReportText } from '../report-text.ts';
import { findTypedUrls, type TypedUrl } from './typed-urls.ts';

/**
 * Markdown escaping for typed text, so whatever someone typed stays inside its line, list item or table cell and
 * reads back as the same characters (GitHub-flavoured Markdown, checked with markdown-it, cmark-gfm and pandoc):
 * - Everywhere: `\` and the punctuation that can start inline syntax (`` ` * _ [ ] < > # | ~ ! & $ ``) get a
 *   backslash. `<` escaped means no HTML tag or autolink can open; `&` escaped means no entity is decoded; an escaped
 *   backtick never opens a code span; `$` stays out of GitHub's math.
 * - At the start of a line: `-`, `+`, `=` and an ordered-list number's `.` or `)` get a backslash too, so a line can
 *   not become a list item, a setext underline or a thematic break (`#`, `>`, `*`, `_`, `` ` ``, `~`, `|` and `<`
 *   are already escaped everywhere).
 * - Web addresses (see typed-urls.ts) become explicit links instead, since GitHub would link them in typed text:
 *   escaping them would put backslashes into the href GitHub finds, and take the line break after one into it too.
 * Text is first normalised as every report is (see report-text.ts): no control characters, lines trimmed, no blank
 * lines, so indentation can never turn a line into code.
 */
const INLINE_SPECIAL = /[\\`*_[\]<>#|~!&$]/g;

const escapeText = (text: string): string => text.replace(INLINE_SPECIAL, (char) => `\\${char}`);

/** Text CommonMark would decode inside an autolink, where nothing can be escaped. */
const ENTITY_LIKE = /&(?:#\d+|#[xX][\dA-Fa-f]+|[A-Za-z][A-Za-z\d]*);/;

/**
 * A typed web address as a link to exactly the address typed. `<https://…>` (an autolink: its text is the address,
 * and nothing ends it but `>`) when that is exact; otherwise `[text](<href>)`, whose destination takes backslash
 * escapes: for a `www.` address (an autolink needs the scheme), a `|` (a table row would split at it), or text such as
 * `&amp;`, which an autolink would decode.
 */
function typedLink(url: TypedUrl): string {
  if (url.text === url.href && !url.href.includes('|') && !ENTITY_LIKE.test(url.href)) return `<${url.href}>`;
  return `[${linkText(url.text)}](<${escapeDestination(url.href)}>)`;
}

/** The address as the text of its link, with the dot after `www` or the scheme's colon escaped, so pandoc does not link it again inside its own link. */
function linkText(text: string): string {
  return escapeText(text).replace(/^www\.|^[A-Za-z]+:/, (start) => `${start.slice(0, -1)}\\${start.slice(-1)}`);
}

/**
 * A link destination that reads back as `href`. `&` becomes `&amp;`, not `\&`: cmark-gfm decodes entities before it
 * removes backslashes, so `\&amp;` would arrive as `&`, while `&amp;amp;` arrives as `&amp;` in every reader.
 */
function escapeDestination(href: string): string {
  return href.replace(/&/g, '&amp;').replace(/[\\<>|]/g, (char) => `\\${char}`);
}

/** One line of text made literal, its web addresses links; no line-start handling. */
export function escapeInline(line: string): string {
  let escaped = '';
  let from = 0;
  for (const url of findTypedUrls(line)) {
    escaped += escapeText(line.slice(from, url.start)) + typedLink(url);
    from = url.end;
  }
  return escaped + escapeText(line.slice(from));
}

/** One line of text made literal when it starts a line of the document. */
export function escapeLine(line: string): string {
  return escapeInline(line)
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d{1,9})([.)])/, '$1\\$2');
}

/** The normalised lines of a typed text, each escaped to start a line. */
export function escapedLines(text: string): string[] {
  const cleaned = cleanReportText(text);
  return cleaned === '' ? [] : cleaned.split('\n').map(escapeLine);
}

/**
 * Text inside a paragraph or list item: its lines joined by hard line breaks (a backslash at the line end), each
 * continuation line indented by `indent` spaces so it stays inside its list item.
 */
export function escapeBlockText(text: string, indent = 0): string {
  return escapedLines(text).join(`\\\n${' '.repeat(indent)}`);
}

/** Text on one line (headings): its lines joined by a space. */
export function escapeSingleLine(text: string): string {
  return escapedLines(text).join(' ');
}

/**
 * A table cell: a cell cannot hold a line break in Markdown, so the lines are joined by `<br>`, which GitHub, GitLab
 * and pandoc show as a line break inside the cell (a space would lose where one line ended). Typed `<` is escaped, so
 * this is the only HTML tag a cell can contain.
 */
export const CELL_LINE_BREAK = '<br>';

export function escapeCell(text: string): string {
  const cleaned = cleanReportText(text);
  return cleaned === '' ? '' : cleaned.split('\n').map(escapeInline).join(CELL_LINE_BREAK);
}
