import { describe, expect, it } from 'vitest';
import { isMainlyRightToLeft } from '../../../../../src/shared/report/docx/text-direction.ts';

describe('isMainlyRightToLeft', () => {
  it.each([
    ['Hebrew', 'שרת התשלומים הפסיק להגיב', true],
    ['Arabic', 'توقف خادم الدفع عن الاستجابة', true],
    ['Arabic with a service name and numbers', 'توقف خادم الدفع checkout-api 503', true],
    ['English', 'The payment server stopped responding', false],
    ['English with one Hebrew word', 'The payment server (שרת) stopped responding', false],
    ['CJK', '支付网关超时', false],
    ['digits and punctuation only', '12:04 — 503', false],
    ['empty', '', false],
  ])('%s', (_name, text, expected) => {
    expect(isMainlyRightToLeft(text)).toBe(expected);
  });
});
