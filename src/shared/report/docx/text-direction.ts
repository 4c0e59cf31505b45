const RIGHT_TO_LEFT_LETTER = /(?=\p{L})[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/gu;
const LETTER = /\p{L}/gu;

/** True when most letters of the text belong to a right-to-left script (Hebrew, Arabic, Syriac, Thaana, N'Ko). */
export function isMainlyRightToLeft(text: string): boolean {
  const rightToLeft = text.match(RIGHT_TO_LEFT_LETTER)?.length ?? 0;
  if (rightToLeft === 0) return false;
  const letters = text.match(LETTER)?.length ?? 0;
  return rightToLeft * 2 > letters;
}
