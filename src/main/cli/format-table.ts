import { dateTimeTextAt, localTimeZone } from '../../shared/time/zoned-time.ts';

const CONTROL_OR_BIDI = /[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/**
 * One table cell on one terminal line: control characters (newlines, escapes) become spaces, and bidi overrides
 * are dropped so a title cannot reorder the rest of the row.
 */
export function cellText(value: string, maxLength: number): string {
  const clean = value.replace(CONTROL_OR_BIDI, (character) => (/\p{Cc}/u.test(character) ? ' ' : ''));
  const characters = Array.from(clean);
  return characters.length <= maxLength ? clean : `${characters.slice(0, maxLength - 1).join('')}…`;
}

/** Left-aligned columns separated by two spaces; the last column is not padded. */
export function formatTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((header, column) => Math.max(Array.from(header).length, ...rows.map((row) => Array.from(row[column] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells.map((cell, column) => (column === cells.length - 1 ? cell : cell + ' '.repeat((widths[column] ?? 0) - Array.from(cell).length))).join('  ');
  return [line(headers), ...rows.map(line)].join('\n');
}

/** Local wall-clock time, minutes precision: what someone scanning a list of meetings needs. */
export function formatLocalTime(epochMs: number): string {
  return dateTimeTextAt(epochMs, localTimeZone());
}
