/** The bytes as UTF-8 text without a byte-order mark, or null when they are not UTF-8 (a ZIP, a UTF-16 file). */
export function utf8Text(bytes: Uint8Array): string | null {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.startsWith('\uFEFF') ? text.slice(1) : text;
  } catch {
    return null;
  }
}

/** What a reader answers for a file it cannot read at all: one rejection on its first line. */
export const unreadable = (reason: string) => ({ events: [], rejected: [{ line: 1, reason }] });
