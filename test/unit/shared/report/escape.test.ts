import { describe, expect, it } from 'vitest';
import { escapeBlockText, escapeCell, escapeInline, escapeLine, escapeSingleLine } from '../../../../src/shared/report/markdown/escape.ts';

describe('Markdown escaping', () => {
  it.each([
    ['backslash', 'a\\b', 'a\\\\b'],
    ['emphasis markers', '*a* _b_ ~c~', '\\*a\\* \\_b\\_ \\~c\\~'],
    ['backticks cannot open a code span', '`x`', '\\`x\\`'],
    ['link and image brackets', '![a](b) [c]', '\\!\\[a\\](b) \\[c\\]'],
    ['HTML tags and entities are inert', '<b>&amp;</b>', '\\<b\\>\\&amp;\\</b\\>'],
    ['pipes', 'a | b', 'a \\| b'],
    ['hash signs', 'a # b', 'a \\# b'],
    ['dollar signs stay out of math', '$x$', '\\$x\\$'],
    ['ordinary punctuation stays', 'e.g. 3-5 (a), "b": c?', 'e.g. 3-5 (a), "b": c?'],
  ])('escapeInline: %s', (_name, input, expected) => {
    expect(escapeInline(input)).toBe(expected);
  });

  it.each([
    ['a dash item', '- item', '\\- item'],
    ['a plus item', '+ item', '\\+ item'],
    ['a setext underline', '===', '\\==='],
    ['a thematic break', '---', '\\---'],
    ['an ordered item with a dot', '1. first', '1\\. first'],
    ['an ordered item with a parenthesis', '12) twelfth', '12\\) twelfth'],
    ['a heading', '# title', '\\# title'],
    ['a block quote', '> quote', '\\> quote'],
    ['a dash inside the line stays', 'a - b', 'a - b'],
    ['a number without a marker stays', '2026 was long', '2026 was long'],
  ])('escapeLine: %s', (_name, input, expected) => {
    expect(escapeLine(input)).toBe(expected);
  });

  it.each([
    [
      'an address with `&` and `_` is an autolink, nothing escaped inside',
      'see https://grafana.example.com/d/abc?orgId=1&var_host=db_1',
      'see <https://grafana.example.com/d/abc?orgId=1&var_host=db_1>',
    ],
    ['trailing punctuation stays outside', '(https://a.example/x_(y)).', '(<https://a.example/x_(y)>).'],
    ['a typed <…> stays literal around the link', '<https://example.com>', '\\<<https://example.com>\\>'],
    ['a www address links to http://', 'www.example.com/a_b', '[www\\.example.com/a\\_b](<http://www.example.com/a_b>)'],
    ['a pipe makes it a link whose destination escapes it', 'https://a.example/x|y', '[https\\://a.example/x\\|y](<https://a.example/x\\|y>)'],
    ['entity-like text is kept in the destination', 'https://a.example/?q=a&amp;b', '[https\\://a.example/?q=a\\&amp;b](<https://a.example/?q=a&amp;amp;b>)'],
    ['no address: escaped as text', 'xhttps://a.example/a_b', 'xhttps://a.example/a\\_b'],
  ])('escapeInline: %s', (_name, input, expected) => {
    expect(escapeInline(input)).toBe(expected);
  });

  it('keeps the hard line break after an address at the end of a line', () => {
    expect(escapeBlockText('https://a.example/x_y\nnext')).toBe('<https://a.example/x_y>\\\nnext');
  });

  it('keeps a multi-line text inside one block with hard breaks and indented continuation lines', () => {
    expect(escapeBlockText('first\n- second\r\n\n1. third', 2)).toBe('first\\\n  \\- second\\\n  1\\. third');
  });

  it('drops control characters before escaping', () => {
    expect(escapeBlockText('a\u0000b\u0007')).toBe('ab');
  });

  it('puts a table cell on one line, line breaks as <br>', () => {
    expect(escapeCell('a | b\nc <br>\r\nd')).toBe('a \\| b<br>c \\<br\\><br>d');
  });

  it('escapes an empty cell to nothing', () => {
    expect(escapeCell('\u0000 \n ')).toBe('');
  });

  it('puts a heading on one line', () => {
    expect(escapeSingleLine('Timeout\n# and more')).toBe('Timeout \\# and more');
  });
});
