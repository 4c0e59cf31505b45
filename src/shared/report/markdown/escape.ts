import { cleanReportText } from '../report-text.ts';

/**
 * Markdown escaping for typed text, so whatever someone typed stays inside its line, list item or table cell and
 * reads back as the same characters (GitHub-flavoured Markdown, checked with markdown-it):
 * - Everywhere: `\` and the punctuation that can start inline syntax (`` ` * _ [ ] < > # | ~ ! & $ ``) get a
 *   backslash. `<` escaped means no HTML tag or autolink can open; `&` escaped means no entity is decoded; an escaped
 *   backtick never opens a code span; `$` stays out of GitHub's math.
 * - At the start of a line: `-`, `+`, `=` and an ordered-list number's `.` or `)` get a backslash too, so a line can
 *   not become a list item, a setext underline or a thematic break (`#`, `>`, `*`, `_`, `` ` ``, `~`, `|` and `<`
 *   are already escaped everywhere).
 * Text is first normalised as every report is (see report-text.ts): no control characters, lines trimmed, no blank
 * lines, so indentation can never turn a line into code.
 */
const INLINE_SPECIAL = /[\\`*_[\]<>#|~!&$]/g;

/** One line of text made literal; no line-start handling. */
export function escapeInline(line: string): string {
  return line.replace(INLINE_SPECIAL, (char) => `\\${char}`);
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
