/**
 * Text as it may go into a DOCX: XML 1.0 has no way to write most control characters, and Word refuses a file that
 * holds one. Removed: C0 controls except tab and newline (carriage returns become newlines), DEL and the C1 controls
 * (allowed by XML but invisible and rejected by some readers), U+FFFE and U+FFFF, and lone surrogate halves. Kept:
 * everything else, including emoji and their ZWJ sequences, CJK and right-to-left scripts.
 */
export function sanitizeXmlText(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex -- finding control characters is the point
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufffe\uffff]/g, '')
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
  );
}

/** The sanitised text split at its newlines: each line after the first starts after a line break in the same paragraph. */
export function textLines(text: string): string[] {
  return sanitizeXmlText(text).split('\n');
}
