/**
 * The one normalisation every report format shares, applied to each typed text before any writer sees it, so the
 * Markdown and the DOCX say exactly the same thing:
 * - line ends (CRLF, CR) become "\n"; a tab becomes a space;
 * - other control characters (C0 except "\n", DEL, C1), lone surrogates and Unicode noncharacters (U+FFFE, U+FFFF…)
 *   are dropped: no format can carry them, and XML forbids most of them;
 * - each line is trimmed and blank lines are dropped, because Markdown cannot keep leading spaces or empty lines
 *   inside a table cell or a list item; "\n" then means exactly one line break within the text.
 * Emoji (with joiners and modifiers), right-to-left text and bidirectional marks stay as typed.
 */
const DROPPED = /[\p{Cc}\p{Cs}\p{Noncharacter_Code_Point}]/gu;

export function cleanReportText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .split('\n')
    .map((line) => line.replace(DROPPED, '').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** One line of text, for a heading or a file name: the lines joined by a space. */
export function singleLine(text: string): string {
  return cleanReportText(text).replace(/\n/g, ' ');
}
