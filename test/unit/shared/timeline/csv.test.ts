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

  it('rejects the line of a stray quote alone and reads every line after it (the quoted field ends at its line end)', () => {
    const text = ['a,b', 'x,"stray', 'c,"d, e"', 'f,"g', 'h"', 'i,j'].join('\n');
    expect(parseCsv(text)).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: [], error: expect.stringContaining('never closed') },
      { line: 3, fields: ['c', 'd, e'] },
      { line: 4, fields: ['f', 'g\nh'] },
      { line: 6, fields: ['i', 'j'] },
    ]);
  });

  it('rejects a quote never closed on the last line', () => {
    expect(parseCsv('a,b\nc,"open')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: [], error: expect.stringContaining('never closed') },
    ]);
  });

  it('keeps the file line numbers across CRLF, CR and a BOM after a rejected line', () => {
    const text = '\uFEFFa,b\r\n"bad"x,y\r\n"two\r\nlines",z\rlast,row\r\n';
    expect(parseCsv(text)).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: [], error: expect.stringContaining('after a closing quote') },
      { line: 3, fields: ['two\nlines', 'z'] },
      { line: 5, fields: ['last', 'row'] },
    ]);
  });

  it('reads hostile text as plain fields', () => {
    const text = `=cmd|' /C calc'!A0,<script>alert(1)</script>\n\u202eevil\u0000,"\u2066x\u2069, ""y"""\n`;
    expect(parseCsv(text)).toEqual([
      { line: 1, fields: ["=cmd|' /C calc'!A0", '<script>alert(1)</script>'] },
      { line: 2, fields: ['\u202eevil\u0000', '\u2066x\u2069, "y"'] },
    ]);
  });

  it('reads a file where every line has a stray quote in reasonable time', () => {
    const text = Array.from({ length: 5_000 }, (_, index) => `10:00,"stray ${index}`).join('\n');
    const started = performance.now();
    const records = parseCsv(text);
    const elapsed = performance.now() - started;
    expect(records).toHaveLength(5_000);
    expect(records.every((record, index) => record.line === index + 1 && record.error !== undefined)).toBe(true);
    expect(elapsed).toBeLessThan(5_000);
  });
});

describe('parseCsv on large files', () => {
  it('reads a 300,000-character field, then rejects a stray quote and keeps the 20,000 quoted rows after it', () => {
    const long = 'x'.repeat(300_000);
    const text = `a,"${long}"\nb,"stray\n${Array.from({ length: 20_000 }, (_, index) => `r${index},"q ${index}"`).join('\n')}`;
    const records = parseCsv(text);
    expect(records[0]).toEqual({ line: 1, fields: ['a', long] });
    expect(records[1]).toEqual({ line: 2, fields: [], error: expect.stringContaining('never closed') });
    expect(records).toHaveLength(20_002);
    expect(records[20_001]).toEqual({ line: 20_002, fields: ['r19999', 'q 19999'] });
  });
});

describe('parseCsv across its reading windows', () => {
  it('reads quoted fields with line breaks that cross 4 KB boundaries', () => {
    const rows = Array.from({ length: 3_000 }, (_, index) => `${index},"first ${index}\nsecond ""${index}""\n"`);
    const records = parseCsv(rows.join('\n'));
    expect(records).toHaveLength(3_000);
    expect(records.every((record, index) => record.line === index * 3 + 1 && record.fields[1] === `first ${index}\nsecond "${index}"\n`)).toBe(true);
  });

  it('reads one quoted field of 100,000 lines, and takes one past 256 KB as never closed', () => {
    const tall = Array.from({ length: 100_000 }, () => '').join('\n');
    expect(parseCsv(`a,"${tall}"\nb,c`)).toEqual([
      { line: 1, fields: ['a', tall] },
      { line: 100_001, fields: ['b', 'c'] },
    ]);
    const huge = Array.from({ length: 30_000 }, (_, index) => `line ${index}`).join('\n');
    const records = parseCsv(`a,"${huge}"\nb,c`);
    expect(records[0]).toEqual({ line: 1, fields: [], error: expect.stringContaining('never closed') });
    expect(records.at(-1)).toEqual({ line: 30_001, fields: ['b', 'c'] });
  });
});
