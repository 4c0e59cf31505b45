/**
 * A conservative guess of how many lines a text takes, for laying out the shared screen before it is drawn, so that
 * the console and the screen agree on what fits without measuring the same page twice. Widths are in ems of the font:
 * wide (CJK, fullwidth) characters take a whole em, others 0.55 em, a little wider than the average letter of the
 * wide system sans fonts (DejaVu Sans sets English text at about 0.5 em), so the guess errs towards more lines.
 */
const WIDE_EM = 1;
const NARROW_EM = 0.55;
/** Wrapping at word boundaries wastes part of each line. */
const WRAP_SLACK = 1.1;

function isWide(codePoint: number): boolean {
  return (
    (codePoint >= 0x1100 && codePoint <= 0x115f) ||
    (codePoint >= 0x2e80 && codePoint <= 0xa4cf) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
    (codePoint >= 0xff00 && codePoint <= 0xff60) ||
    (codePoint >= 0xffe0 && codePoint <= 0xffe6) ||
    (codePoint >= 0x1f300 && codePoint <= 0x1faff) ||
    (codePoint >= 0x20000 && codePoint <= 0x3fffd)
  );
}

/** The text's width in ems, set on one line. */
export function textWidthEm(text: string): number {
  let width = 0;
  for (const character of text) width += isWide(character.codePointAt(0) ?? 0) ? WIDE_EM : NARROW_EM;
  return width;
}

/** Lines the text wraps to in a box `lineEm` ems wide; at least one, even when empty. */
export function estimatedLines(text: string, lineEm: number): number {
  let lines = 0;
  for (const paragraph of text.split('\n')) lines += Math.max(1, Math.ceil((textWidthEm(paragraph) * WRAP_SLACK) / lineEm));
  return Math.max(1, lines);
}
