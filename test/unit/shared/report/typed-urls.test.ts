import { describe, expect, it } from 'vitest';
import { findTypedUrls } from '../../../../src/shared/report/markdown/typed-urls.ts';

const links = (line: string) => findTypedUrls(line).map((url) => [url.text, url.href]);

describe('findTypedUrls', () => {
  // The examples of GFM's "Autolinks (extension)" section, with the links the specification gives for them.
  it.each([
    ['www.commonmark.org', [['www.commonmark.org', 'http://www.commonmark.org']]],
    ['Visit www.commonmark.org/help for more information.', [['www.commonmark.org/help', 'http://www.commonmark.org/help']]],
    ['Visit www.commonmark.org.', [['www.commonmark.org', 'http://www.commonmark.org']]],
    ['Visit www.commonmark.org/a.b.', [['www.commonmark.org/a.b', 'http://www.commonmark.org/a.b']]],
    ['www.google.com/search?q=Markup+(business)', [['www.google.com/search?q=Markup+(business)', 'http://www.google.com/search?q=Markup+(business)']]],
    ['www.google.com/search?q=Markup+(business)))', [['www.google.com/search?q=Markup+(business)', 'http://www.google.com/search?q=Markup+(business)']]],
    ['(www.google.com/search?q=Markup+(business))', [['www.google.com/search?q=Markup+(business)', 'http://www.google.com/search?q=Markup+(business)']]],
    ['(www.google.com/search?q=Markup+(business)', [['www.google.com/search?q=Markup+(business)', 'http://www.google.com/search?q=Markup+(business)']]],
    ['www.google.com/search?q=(business))+ok', [['www.google.com/search?q=(business))+ok', 'http://www.google.com/search?q=(business))+ok']]],
    ['www.google.com/search?q=commonmark&hl=en', [['www.google.com/search?q=commonmark&hl=en', 'http://www.google.com/search?q=commonmark&hl=en']]],
    ['www.google.com/search?q=commonmark&hl;', [['www.google.com/search?q=commonmark', 'http://www.google.com/search?q=commonmark']]],
    ['www.commonmark.org/he<lp', [['www.commonmark.org/he', 'http://www.commonmark.org/he']]],
    ['http://commonmark.org', [['http://commonmark.org', 'http://commonmark.org']]],
    [
      '(Visit https://encrypted.google.com/search?q=Markup+(business))',
      [['https://encrypted.google.com/search?q=Markup+(business)', 'https://encrypted.google.com/search?q=Markup+(business)']],
    ],
    ['Anonymous FTP is available at ftp://foo.bar.baz.', [['ftp://foo.bar.baz', 'ftp://foo.bar.baz']]],
  ])('GFM example %j', (line, expected) => {
    expect(links(line)).toEqual(expected);
  });

  it.each([
    [
      'the issue’s dashboard',
      'https://grafana.example.com/d/abc?orgId=1&var_host=db_1',
      [['https://grafana.example.com/d/abc?orgId=1&var_host=db_1', 'https://grafana.example.com/d/abc?orgId=1&var_host=db_1']],
    ],
    ['trailing quotes and emphasis marks stay outside', '"https://a.example/x_"*', [['https://a.example/x', 'https://a.example/x']]],
    ['any letter case of the scheme', 'HtTpS://A.EXAMPLE', [['HtTpS://A.EXAMPLE', 'HtTpS://A.EXAMPLE']]],
    ['not after a letter, but after a digit or punctuation', 'xhttps://a.example 1https://b.example', [['https://b.example', 'https://b.example']]],
    ['www only at a start, after a space or after * _ ~ (', 'awww.a.example _www.b.example', [['www.b.example', 'http://www.b.example']]],
    ['www in capitals is no address (cmark-gfm matches it as typed)', 'WWW.A.EXAMPLE', []],
    ['punctuation right after the scheme is no address', 'https://. https://-a http:// www.-x', []],
    ['a typed <…> ends at >', '<https://a.example/x>', [['https://a.example/x', 'https://a.example/x']]],
    ['a non-breaking space ends it (cmark-gfm would run on)', 'https://a.example\u00a0next', [['https://a.example', 'https://a.example']]],
    [
      'underscores in the host are allowed (cmark-gfm refuses them in its last two parts)',
      'https://db_1.internal_zone',
      [['https://db_1.internal_zone', 'https://db_1.internal_zone']],
    ],
    [
      'several in one line',
      'a https://a.example, b https://b.example.',
      [
        ['https://a.example', 'https://a.example'],
        ['https://b.example', 'https://b.example'],
      ],
    ],
  ])('%s', (_name, line, expected) => {
    expect(links(line)).toEqual(expected);
  });

  it('gives where each address is in the line', () => {
    expect(findTypedUrls('see https://a.example.')).toEqual([{ start: 4, end: 21, text: 'https://a.example', href: 'https://a.example' }]);
  });

  it('takes linear time on a long line of punctuation and ampersands', () => {
    const line = `https://a.example/${'('.repeat(20_000)}${')'.repeat(40_000)}${'&a;'.repeat(20_000)}${'.,'.repeat(20_000)}`;
    const started = performance.now();
    expect(findTypedUrls(line)).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
