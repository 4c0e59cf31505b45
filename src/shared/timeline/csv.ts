import Papa from 'papaparse';

/** One CSV record: its fields and the physical line of the file it starts on (1-based). */
export interface CsvRecord {
  line: number;
  fields: string[];
  /** Set when the record is malformed; its line is then rejected and its fields are not to be used. */
  error?: string;
}

const NEVER_CLOSED = 'a quoted field is never closed (a " is missing)';
const TEXT_AFTER_QUOTE = 'there is text after a closing quote (write a quote inside a quoted field as "")';

/** The offset just past the line break that ends the line holding `offset`, or the text's length. */
function nextLineStart(text: string, offset: number): number {
  const at = text.indexOf('\n', offset);
  return at === -1 ? text.length : at + 1;
}

/**
 * How much papaparse reads at once, in whole lines. A window kept small keeps a file full of stray quotes from being
 * scanned far ahead for each of them: papaparse looks for a stray quote's partner until the window ends.
 */
const WINDOW_CHARS = 4 * 1024;
/**
 * The longest a quoted field may run before it is taken as never closed: no event field comes near it (a
 * description holds at most 5,000 characters).
 */
const RECORD_CHARS_MAX = 256 * 1024;

/**
 * RFC 4180 CSV read with papaparse: comma-separated, fields in double quotes may hold commas, doubled quotes and
 * line breaks; CRLF, LF or CR line ends (a line break inside a field becomes LF); a leading byte order mark is
 * dropped; blank lines are skipped. A quote inside an unquoted field is kept as text.
 *
 * A malformed record is returned with an error and reading goes on at the next physical line, so one bad row loses
 * only itself. Papaparse alone would let a stray quote swallow the rows after it (it pairs the stray quote with the
 * next quote in the file), so when a record comes back with a quote error, its first line is rejected (the quoted
 * field is taken to end at the end of that line) and papaparse starts again on the line after it.
 */
export function parseCsv(text: string): CsvRecord[] {
  const withoutBom = text.startsWith('\uFEFF') ? text.slice(1) : text;
  // One line break is one line, whatever its kind, so line numbers stay those of the file.
  const input = withoutBom.replace(/\r\n?/g, '\n');
  const records: CsvRecord[] = [];
  let start = 0;
  let line = 1;
  let windowChars = WINDOW_CHARS;

  while (start < input.length) {
    const windowEnd = nextLineStart(input, start + windowChars);
    const chunk = input.slice(start, windowEnd);
    const lastWindow = windowEnd === input.length;
    let cursor = 0;
    let next: number | null = null;
    let grow = false;
    Papa.parse<string[]>(chunk, {
      delimiter: ',',
      newline: '\n',
      quoteChar: '"',
      header: false,
      skipEmptyLines: false,
      step(result, handle) {
        const recordStart = cursor;
        const recordEnd = result.meta.cursor;
        const quoteErrors = result.errors.filter((error) => error.type === 'Quotes');
        if (quoteErrors.length > 0) {
          handle.abort();
          // A quote followed by text makes the record malformed wherever it would end. A field only left open at the
          // window's end may close further on: read it again from its start, in a larger window if it began this one.
          const onlyOpen = quoteErrors.every((error) => error.code === 'MissingQuotes');
          if (onlyOpen && !lastWindow && recordEnd >= chunk.length) {
            if (recordStart > 0) {
              next = start + recordStart;
              return;
            }
            if (windowChars < RECORD_CHARS_MAX) {
              next = start;
              grow = true;
              return;
            }
          }
          const firstLineEnd = nextLineStart(chunk, recordStart);
          const quotes = countOf(chunk.slice(recordStart, firstLineEnd), '"');
          records.push({ line, fields: [], error: quotes % 2 === 0 ? TEXT_AFTER_QUOTE : NEVER_CLOSED });
          line += 1;
          next = start + firstLineEnd;
          return;
        }
        const fields = result.data;
        const blank = fields.length === 0 || (fields.length === 1 && fields[0] === '');
        if (!blank) records.push({ line, fields });
        line += countOf(chunk.slice(recordStart, recordEnd), '\n');
        cursor = recordEnd;
      },
    });
    windowChars = grow ? windowChars * 2 : WINDOW_CHARS;
    start = next ?? windowEnd;
  }
  return records;
}

function countOf(text: string, char: string): number {
  let count = 0;
  for (let at = text.indexOf(char); at !== -1; at = text.indexOf(char, at + 1)) count += 1;
  return count;
}
