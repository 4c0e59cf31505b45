import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../../src/shared/timeline/csv.ts';

describe('parseCsv', () => {
  it.each([
    [
      'plain',
      'a,b,c\n1,2,3\n',
      [
        [1, ['a', 'b', 'c']],
        [2, ['1', '2', '3']],
      ],
    ],
    [
      'CRLF and no final newline',
      'a,b\r\n1,2',
      [
        [1, ['a', 'b']],
        [2, ['1', '2']],
      ],
    ],
    [
      'a lone CR',
      'a\r1',
      [
        [1, ['a']],
        [2, ['1']],
      ],
    ],
    ['a BOM', '\uFEFFtime,event\n', [[1, ['time', 'event']]]],
    ['quoted commas', '"a,b",c', [[1, ['a,b', 'c']]]],
    ['doubled quotes', '"say ""hi""",x', [[1, ['say "hi"', 'x']]]],
    [
      'newlines inside quotes',
      '"one\r\ntwo\nthree",x\nnext',
      [
        [1, ['one\ntwo\nthree', 'x']],
        [4, ['next']],
      ],
    ],
    ['empty fields', ',,\n', [[1, ['', '', '']]]],
    ['empty quoted field', '"",x', [[1, ['', 'x']]]],
    [
      'blank lines skipped',
      'a\n\n\nb\n',
      [
        [1, ['a']],
        [4, ['b']],
      ],
    ],
    ['a quote inside an unquoted field stays', '5" screen,x', [[1, ['5" screen', 'x']]]],
    ['trailing comma', 'a,\n', [[1, ['a', '']]]],
  ])('%s', (_name, text, expected) => {
    expect(parseCsv(text).map((record) => [record.line, record.fields])).toEqual(expected);
  });

  it('reports text after a closing quote and goes on with the next line', () => {
    const records = parseCsv('"a"b,c\nnext,row');
    expect(records[0]?.error).toContain('after a closing quote');
    expect(records[1]).toEqual({ line: 2, fields: ['next', 'row'] });
  });

  it('reports a quote that is never closed', () => {
    expect(parseCsv('a,"never closed\nmore')[0]?.error).toContain('never closed');
  });

  it.each([[''], ['\uFEFF'], ['"'], ['""""'], [',,,,'], ['\n\n\r\n'], ['\u0000,\u0001']])('never throws on %j', (text) => {
    expect(() => parseCsv(text)).not.toThrow();
  });
});
