import { describe, expect, it } from 'vitest';
import { cleanReportText, singleLine } from '../../../../src/shared/report/report-text.ts';

describe('cleanReportText', () => {
  it.each([
    ['plain text stays', 'Checkout failed', 'Checkout failed'],
    ['CRLF and CR become one line break', 'a\r\nb\rc', 'a\nb\nc'],
    ['a tab becomes a space', 'a\tb', 'a b'],
    ['C0 controls, DEL and C1 controls are dropped', 'a\u0000\u0007\u001b\u001f\u007f\u0085\u009fb', 'ab'],
    ['noncharacters are dropped', 'a\uFFFE\uFFFF\uFDD0b', 'ab'],
    ['a lone surrogate is dropped, a pair stays', 'a\uD800b🔥', 'ab🔥'],
    ['lines are trimmed and blank lines dropped', '  first  \n\n   \n second ', 'first\nsecond'],
    ['emoji with joiners and modifiers stay whole', '👩‍👩‍👧‍👦 👍🏽 🏳️‍🌈', '👩‍👩‍👧‍👦 👍🏽 🏳️‍🌈'],
    ['right-to-left text and its marks stay', 'שלום \u200fעולם', 'שלום \u200fעולם'],
    ['nothing but controls is empty', '\u0000\u0001\n\u0002', ''],
  ])('%s', (_name, input, expected) => {
    expect(cleanReportText(input)).toBe(expected);
  });

  it('is idempotent', () => {
    const once = cleanReportText(' a\r\n\u0000b\t\n\nc ');
    expect(cleanReportText(once)).toBe(once);
  });

  it('singleLine joins the lines with a space', () => {
    expect(singleLine('one\r\ntwo\n\nthree')).toBe('one two three');
  });
});
