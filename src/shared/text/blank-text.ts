/**
 * Characters that show nothing by themselves, whitespace aside: control characters (Cc), format characters (Cf:
 * zero-width spaces and joiners, bidi controls, the byte order mark, tags), the other default-ignorable code points
 * (variation selectors, Hangul fillers), lone surrogates and noncharacters (the reports drop the last two, see
 * report-text.ts). A character class body, for building patterns.
 */
export const INVISIBLE_CHARACTERS = String.raw`\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\p{Cs}\p{Noncharacter_Code_Point}`;

/** Whitespace too (including U+0085, U+2028, U+2029): text of only these looks empty on every screen and in every report. */
const BLANK = new RegExp(String.raw`^[\p{White_Space}${INVISIBLE_CHARACTERS}]*$`, 'u');

/** True when the text has nothing a reader could see: empty, or only the characters above. */
export function isBlankText(text: string): boolean {
  return BLANK.test(text);
}
