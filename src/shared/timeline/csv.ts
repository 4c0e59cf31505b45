/** One CSV record: its fields and the line it starts on (1-based, counting lines inside quoted fields). */
export interface CsvRecord {
  line: number;
  fields: string[];
  /** Set when the record is malformed; its fields are then incomplete. */
  error?: string;
}

const QUOTE = '"';

/**
 * RFC 4180 CSV: comma-separated, fields in double quotes may hold commas, doubled quotes and line breaks; CRLF, LF
 * or CR line ends; a leading byte order mark is dropped. A malformed record (text after a closing quote, a quote
 * never closed) is returned with an error and parsing goes on at the next line, so one bad row loses only itself.
 * Blank lines are skipped.
 */
export function parseCsv(text: string): CsvRecord[] {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let line = 1;
  let index = 0;

  const atLineEnd = (at: number) => at >= input.length || input[at] === '\n' || input[at] === '\r';
  /** Moves past one line break at `at`, returning the index after it. */
  const skipBreak = (at: number) => {
    if (input[at] === '\r' && input[at + 1] === '\n') return at + 2;
    return at < input.length ? at + 1 : at;
  };
  /** Skips the rest of a malformed line. */
  const skipLine = (at: number) => {
    let cursor = at;
    while (!atLineEnd(cursor)) cursor += 1;
    return cursor;
  };

  while (index < input.length) {
    const record: CsvRecord = { line, fields: [] };
    let ended = false;
    while (!ended) {
      if (input[index] === QUOTE) {
        let value = '';
        let cursor = index + 1;
        let closed = false;
        while (cursor < input.length) {
          const char = input[cursor] ?? '';
          if (char === QUOTE) {
            if (input[cursor + 1] === QUOTE) {
              value += QUOTE;
              cursor += 2;
              continue;
            }
            closed = true;
            cursor += 1;
            break;
          }
          if (char === '\r' || char === '\n') {
            line += 1;
            value += '\n';
            cursor = skipBreak(cursor);
            continue;
          }
          value += char;
          cursor += 1;
        }
        record.fields.push(value);
        if (!closed) {
          record.error = 'a quoted field is never closed (a " is missing)';
          index = cursor;
          ended = true;
        } else if (input[cursor] === ',') {
          index = cursor + 1;
        } else if (atLineEnd(cursor)) {
          index = cursor;
          ended = true;
        } else {
          record.error = 'there is text after a closing quote (write a quote inside a quoted field as "")';
          index = skipLine(cursor);
          ended = true;
        }
      } else {
        let cursor = index;
        while (!atLineEnd(cursor) && input[cursor] !== ',') cursor += 1;
        record.fields.push(input.slice(index, cursor));
        if (input[cursor] === ',') index = cursor + 1;
        else {
          index = cursor;
          ended = true;
        }
      }
    }
    if (index < input.length) {
      index = skipBreak(index);
      line += 1;
    }
    const blank = record.fields.length === 1 && record.fields[0] === '' && !record.error;
    if (!blank) records.push(record);
  }
  return records;
}
