import { describe, expect, it } from 'vitest';
import { sanitizeXmlText, textLines } from '../../../../../src/shared/report/docx/xml-text.ts';

describe('sanitizeXmlText', () => {
  it.each([
    ['plain text', 'Rollback of checkout-api', 'Rollback of checkout-api'],
    ['NUL and other C0 controls', 'a\u0000b\u0001c\u0008d\u000be\u000cf\u001fg', 'abcdefg'],
    ['tab and newline kept', 'a\tb\nc', 'a\tb\nc'],
    ['carriage returns become newlines', 'a\r\nb\rc', 'a\nb\nc'],
    ['DEL and C1 controls', 'a\u007fb\u0080c\u009fd', 'abcd'],
    ['U+FFFE and U+FFFF', 'a\ufffeb\uffffc', 'abc'],
    ['a lone high surrogate', 'a\ud83db', 'ab'],
    ['a lone low surrogate', 'a\ude00b', 'ab'],
    ['a high surrogate at the end', 'end\ud83d', 'end'],
    ['emoji kept', 'fixed 🚀 at 10:02', 'fixed 🚀 at 10:02'],
    ['ZWJ sequences kept', 'team 👩‍💻👨‍👩‍👧 ok', 'team 👩‍💻👨‍👩‍👧 ok'],
    ['CJK kept', '支付网关超时 決済', '支付网关超时 決済'],
    ['right-to-left scripts kept', 'שרת התשלומים נפל · خادم الدفع', 'שרת התשלומים נפל · خادم الدفع'],
    ['markup characters kept (the XML writer escapes them)', '<b>&amp;</b> ]]> "quoted" \'single\'', '<b>&amp;</b> ]]> "quoted" \'single\''],
    ['other noncharacters kept', 'a\ufdd0b', 'a\ufdd0b'],
  ])('%s', (_name, input, expected) => {
    expect(sanitizeXmlText(input)).toBe(expected);
  });

  it('splits the cleaned text into lines', () => {
    expect(textLines('first\r\nsecond\u0000\nthird')).toEqual(['first', 'second', 'third']);
    expect(textLines('')).toEqual(['']);
  });
});
