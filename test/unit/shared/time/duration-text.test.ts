import { describe, expect, it } from 'vitest';
import { durationText } from '../../../../src/shared/time/duration-text.ts';

const MIN = 60_000;

// The issue's own example: a span of a day and a bit is "24 h 14 min", never "1 d".
describe('durationText', () => {
  it.each([
    [0, '0 s'],
    [59_999, '59 s'],
    [60_000, '1 min'],
    [5 * MIN + 59_000, '5 min'],
    [60 * MIN, '1 h'],
    [125 * MIN, '2 h 5 min'],
    [(24 * 60 + 14) * MIN, '24 h 14 min'],
    [24 * 60 * MIN, '24 h'],
    [(3 * 24 + 4) * 60 * MIN, '76 h'],
    [-5 * MIN, '0 s'],
  ])('%i ms reads %s', (ms, text) => {
    expect(durationText(ms)).toBe(text);
  });
});
