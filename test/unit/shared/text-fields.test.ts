import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { methodInputs, METHODS } from '../../../src/shared/api/contract.ts';
import { invalidInput } from '../../../src/shared/api/errors.ts';
import { optionalText, requiredText } from '../../../src/shared/api/fields.ts';
import { pairInput } from '../../../src/shared/api/joining.ts';
import { meetingArchiveSchema } from '../../../src/shared/archive/archive-schema.ts';

/**
 * Text that looks empty is empty: what a reader sees decides, and Unicode says what shows nothing. Each character
 * is listed with the property that makes it invisible; the first test checks the table against Unicode itself.
 */
const INVISIBLE_CHARACTERS: readonly [name: string, char: string, property: string][] = [
  ['BELL', '\u0007', 'gc=Cc'],
  ['ESCAPE', '\u001b', 'gc=Cc'],
  ['DELETE', '\u007f', 'gc=Cc'],
  ['NEXT LINE', '\u0085', 'gc=Cc'],
  ['SOFT HYPHEN', '\u00ad', 'gc=Cf'],
  ['ARABIC LETTER MARK', '\u061c', 'gc=Cf'],
  ['MONGOLIAN VOWEL SEPARATOR', '\u180e', 'gc=Cf'],
  ['ZERO WIDTH SPACE', '\u200b', 'gc=Cf'],
  ['ZERO WIDTH NON-JOINER', '\u200c', 'gc=Cf'],
  ['ZERO WIDTH JOINER', '\u200d', 'gc=Cf'],
  ['LEFT-TO-RIGHT MARK', '\u200e', 'gc=Cf'],
  ['RIGHT-TO-LEFT MARK', '\u200f', 'gc=Cf'],
  ['LEFT-TO-RIGHT EMBEDDING', '\u202a', 'gc=Cf'],
  ['RIGHT-TO-LEFT EMBEDDING', '\u202b', 'gc=Cf'],
  ['POP DIRECTIONAL FORMATTING', '\u202c', 'gc=Cf'],
  ['LEFT-TO-RIGHT OVERRIDE', '\u202d', 'gc=Cf'],
  ['RIGHT-TO-LEFT OVERRIDE', '\u202e', 'gc=Cf'],
  ['WORD JOINER', '\u2060', 'gc=Cf'],
  ['LEFT-TO-RIGHT ISOLATE', '\u2066', 'gc=Cf'],
  ['RIGHT-TO-LEFT ISOLATE', '\u2067', 'gc=Cf'],
  ['FIRST STRONG ISOLATE', '\u2068', 'gc=Cf'],
  ['POP DIRECTIONAL ISOLATE', '\u2069', 'gc=Cf'],
  ['ZERO WIDTH NO-BREAK SPACE (byte order mark)', '\ufeff', 'gc=Cf'],
  ['TAG LATIN SMALL LETTER A', '\u{e0061}', 'gc=Cf'],
  ['NO-BREAK SPACE', '\u00a0', 'gc=Zs'],
  ['EM SPACE', '\u2003', 'gc=Zs'],
  ['IDEOGRAPHIC SPACE', '\u3000', 'gc=Zs'],
  ['LINE SEPARATOR', '\u2028', 'gc=Zl'],
  ['PARAGRAPH SEPARATOR', '\u2029', 'gc=Zp'],
  ['VARIATION SELECTOR-16', '\ufe0f', 'Variation_Selector'],
  ['VARIATION SELECTOR-17', '\u{e0100}', 'Variation_Selector'],
  ['COMBINING GRAPHEME JOINER', '\u034f', 'Default_Ignorable_Code_Point'],
  ['HANGUL FILLER', '\u3164', 'Default_Ignorable_Code_Point'],
];

const hex = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Test titles show the code point: the character itself would print as nothing. */
const INVISIBLE = INVISIBLE_CHARACTERS.map(([name, char, property]) => [`${hex(char)} ${name}`, char, property] as const);

/** Text with something to see, whatever the script; invisible characters inside it are kept as typed. */
const VISIBLE: readonly [name: string, text: string][] = [
  ['Latin', 'Checkout outage'],
  ['an accented letter', 'é'],
  ['a letter and a combining accent', 'e\u0301'],
  ['a combining accent alone (drawn on a dotted circle)', '\u0301'],
  ['Chinese', '支付网关超时'],
  ['Arabic with a right-to-left mark', 'فشل الدفع\u200f'],
  ['Hebrew', 'התשלום נכשל'],
  ['an emoji with a variation selector', '\u2764\ufe0f'],
  ['a family emoji joined by zero width joiners', '👩‍👩‍👧‍👦'],
  ['a word between zero width spaces', '\u200bword\u200b'],
  ['one dot', '.'],
];

const NUL_TEXTS: readonly [string, string][] = [
  ['NUL alone', '\u0000'],
  ['NUL first (SQLite saw an empty string)', '\u0000Checkout outage'],
  ['NUL last', 'Checkout outage\u0000'],
  ['NUL inside', 'Checkout\u0000outage'],
  ['NUL between spaces', ' \u0000 '],
];

const required = requiredText(100);
const optional = optionalText(100);

const messagesOf = (result: ReturnType<typeof required.safeParse>) => (result.success ? [] : result.error.issues.map((issue) => issue.message));

/** Every code point that has the property, as a one-character string. */
function codePointsWith(property: string): string[] {
  const pattern = new RegExp(`^\\p{${property}}$`, 'u');
  const found: string[] = [];
  for (let codePoint = 0; codePoint <= 0x10ffff; codePoint += 1) {
    if (codePoint >= 0xd800 && codePoint <= 0xdfff) continue;
    const char = String.fromCodePoint(codePoint);
    if (pattern.test(char)) found.push(char);
  }
  return found;
}

describe('text that is only invisible characters', () => {
  it.each(INVISIBLE)('the table is right: %s has %s', (_name, char, property) => {
    expect(char).toMatch(new RegExp(`^\\p{${property}}$`, 'u'));
  });

  it.each(INVISIBLE)('required text of only %s is refused as empty, alone, repeated or between spaces', (_name, char) => {
    for (const text of [char, char.repeat(3), ` ${char} `, `${char}\u200b${char}`]) {
      expect(messagesOf(required.safeParse(text)), JSON.stringify(text)).toEqual(['must not be empty']);
    }
  });

  it.each(INVISIBLE)('optional text of only %s is stored as empty, as spaces alone are', (_name, char) => {
    for (const text of [char, char.repeat(3), ` ${char} `]) expect(optional.parse(text), JSON.stringify(text)).toBe('');
  });

  it.each(['gc=Cc', 'gc=Cf', 'gc=Zs', 'gc=Zl', 'gc=Zp', 'White_Space', 'Variation_Selector', 'Default_Ignorable_Code_Point', 'Noncharacter_Code_Point'])(
    'every code point with %s alone is empty text',
    (property) => {
      // U+0000 is a control character too, refused for its own reason (below).
      const chars = codePointsWith(property).filter((char) => char !== '\u0000');
      expect(chars.length).toBeGreaterThan(0);
      expect(chars.filter((char) => required.safeParse(char).success).map(hex)).toEqual([]);
      expect(chars.filter((char) => optional.parse(char) !== '').map(hex)).toEqual([]);
    },
  );

  it('a lone surrogate (what a broken UTF-16 client can send) is empty text', () => {
    for (const text of ['\ud800', '\udfff', ' \udc00 ']) {
      expect(required.safeParse(text).success).toBe(false);
      expect(optional.parse(text)).toBe('');
    }
  });

  it.each(VISIBLE)('%s is text: stored as typed, spaces at the ends trimmed', (_name, text) => {
    expect(required.parse(` ${text} `)).toBe(text);
    expect(optional.parse(` ${text} `)).toBe(text);
  });
});

describe('text containing U+0000', () => {
  it.each(NUL_TEXTS)('%s: refused by required and optional text, saying what to remove', (_name, text) => {
    const expected = ['must not contain the NUL character (U+0000); remove it and try again'];
    expect(messagesOf(required.safeParse(text))).toEqual(expected);
    expect(messagesOf(optional.safeParse(text))).toEqual(expected);
  });

  it('the refusal names the field', () => {
    const parsed = methodInputs['meetings.create'].safeParse({ title: '\u0000Checkout outage' });
    expect(parsed.success).toBe(false);
    expect(invalidInput(parsed.error!).toBody()).toEqual({
      code: 'invalid_input',
      field: 'title',
      message: 'title: must not contain the NUL character (U+0000); remove it and try again',
    });
  });
});

type AnySchema = z.ZodType;

/** Every string in a schema, with its path; any kind of schema not listed here fails, so none is skipped unseen. */
function stringLeaves(schema: AnySchema, path: string): { path: string; schema: AnySchema }[] {
  const def = schema.def as unknown as { type: string; [key: string]: unknown };
  switch (def.type) {
    case 'string':
      return [{ path, schema }];
    case 'object':
      return Object.entries((schema as z.ZodObject).shape).flatMap(([key, field]) => stringLeaves(field as AnySchema, `${path}.${key}`));
    case 'optional':
    case 'nullable':
    case 'default':
    case 'nonoptional':
      return stringLeaves(def.innerType as AnySchema, path);
    case 'array':
      return stringLeaves(def.element as AnySchema, `${path}[]`);
    case 'pipe':
      return stringLeaves(def.in as AnySchema, path);
    case 'number':
    case 'boolean':
    case 'enum':
    case 'literal':
      return [];
    // z.instanceof(Uint8Array): an uploaded image's bytes, not text.
    case 'custom':
      return [];
    default:
      throw new Error(`${path}: no rule for a ${def.type} schema`);
  }
}

const SCHEMAS: [string, AnySchema][] = [
  ...METHODS.map((method) => [method, methodInputs[method] as AnySchema] as [string, AnySchema]),
  ['meeting archive', meetingArchiveSchema as AnySchema],
  ['pairing', pairInput as AnySchema],
];
const LEAVES = SCHEMAS.flatMap(([name, schema]) => stringLeaves(schema, name));

describe('every string field of the API and the archive', () => {
  it('finds the text fields (the walk reaches into patches, lists and the archive)', () => {
    const paths = LEAVES.map((leaf) => leaf.path);
    for (const path of [
      'meetings.create.title',
      'meetings.update.patch.summary',
      'timeline.import.events[].description',
      'joining.enable.address',
      'joining.removePerson.sessionId',
      'meeting archive.notes[].text',
      'meeting archive.dismissedChecks[]',
      'pairing.name',
    ]) {
      expect(paths).toContain(path);
    }
  });

  it.each(LEAVES.map((leaf) => [leaf.path, leaf.schema] as const))('%s refuses U+0000 and takes no invisible-only text as text', (_path, schema) => {
    for (const [, text] of NUL_TEXTS) expect(schema.safeParse(text).success, JSON.stringify(text)).toBe(false);
    for (const [, char] of INVISIBLE) {
      const parsed = schema.safeParse(char);
      if (parsed.success) expect(parsed.data, JSON.stringify(char)).toBe('');
    }
  });
});
