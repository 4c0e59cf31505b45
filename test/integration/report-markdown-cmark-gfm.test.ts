import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/shared/report/build-report.ts';
import { REPORT_LAYOUTS } from '../../src/shared/report/layouts.ts';
import { writeMarkdown } from '../../src/shared/report/markdown/write-markdown.ts';
import type { ReportSource } from '../../src/shared/report/source.ts';
import { HOSTILE_LINKS, hostileReportSource, realisticReportSource } from '../fixtures/report-sources.ts';
import { expectedBlocks, tablesWithHeader, cmarkGfmRead } from '../harness/index.ts';

/**
 * The exported Markdown read by cmark-gfm, the renderer github.com uses, with GitHub's extensions (autolink, table,
 * strikethrough): the same blocks and text as the report model, and every web address typed in the text a link to
 * exactly that address, as GitHub makes of typed text (GFM's autolink extension), line breaks after it kept.
 */

const SOURCES: [string, () => ReportSource][] = [
  ['realistic', realisticReportSource],
  ['hostile', hostileReportSource],
];
const CASES = SOURCES.flatMap(([name, source]) => REPORT_LAYOUTS.map((layout) => [name, layout, source] as const));

/**
 * Typed text, and the links GitHub makes of it as [text, href], from GFM's autolink rules: the address runs to the
 * next space or `<`; trailing `?!.,:*_~'"`, an unmatched `)` and a trailing `&name;` stay outside; `www.` gets
 * `http://`; nothing inside is unescaped or decoded.
 */
const TYPED: readonly [name: string, typed: string, links: [string, string][]][] = [
  [
    'the issue’s dashboard address, `&` and `_` in it',
    'Dashboard https://grafana.example.com/d/abc?orgId=1&var_host=db_1',
    [['https://grafana.example.com/d/abc?orgId=1&var_host=db_1', 'https://grafana.example.com/d/abc?orgId=1&var_host=db_1']],
  ],
  [
    'an address at the end of a line, with more lines after it',
    'https://grafana.example.com/d/abc?orgId=1&var_host=db_1\nthen p99 fell\nsee https://status.example.com',
    [
      ['https://grafana.example.com/d/abc?orgId=1&var_host=db_1', 'https://grafana.example.com/d/abc?orgId=1&var_host=db_1'],
      ['https://status.example.com', 'https://status.example.com'],
    ],
  ],
  [
    'a full stop after it',
    'Runbook: https://wiki.example.com/runbooks/db.',
    [['https://wiki.example.com/runbooks/db', 'https://wiki.example.com/runbooks/db']],
  ],
  ['punctuation and emphasis marks after it', 'at https://example.com/a_b_?!*~,: now', [['https://example.com/a_b', 'https://example.com/a_b']]],
  [
    'quotes after it',
    '"https://example.com/q" and \'https://example.com/r\'',
    [
      ['https://example.com/q', 'https://example.com/q'],
      ['https://example.com/r', 'https://example.com/r'],
    ],
  ],
  [
    'parentheses, inside and around',
    '(see https://en.wikipedia.org/wiki/Mutex_(computing))',
    [['https://en.wikipedia.org/wiki/Mutex_(computing)', 'https://en.wikipedia.org/wiki/Mutex_(computing)']],
  ],
  ['an entity-like ending stays outside', 'https://example.com/?a=1&amp; was sent', [['https://example.com/?a=1', 'https://example.com/?a=1']]],
  ['an entity-like text inside stays as typed', 'https://example.com/?q=a&amp;b=1', [['https://example.com/?q=a&amp;b=1', 'https://example.com/?q=a&amp;b=1']]],
  ['a typed <…> around it', '<https://example.com/a>', [['https://example.com/a', 'https://example.com/a']]],
  ['a www address', 'status at www.example.com/status?x=1&y=2.', [['www.example.com/status?x=1&y=2', 'http://www.example.com/status?x=1&y=2']]],
  ['a www address after an underscore', '_www.example.com_', [['www.example.com', 'http://www.example.com']]],
  [
    'Markdown characters inside it',
    'https://example.com/a|b*c_d~e`f$g[h]i\\j!k#l',
    [['https://example.com/a|b*c_d~e`f$g[h]i\\j!k#l', 'https://example.com/a|b*c_d~e`f$g[h]i\\j!k#l']],
  ],
  ['percent-encoding, kept as typed', 'https://example.com/a%20b?x=%7C', [['https://example.com/a%20b?x=%7C', 'https://example.com/a%20b?x=%7C']]],
  ['non-ASCII host and path', 'https://例え.jp/パス?q=ü', [['https://例え.jp/パス?q=ü', 'https://例え.jp/パス?q=ü']]],
  [
    'capital letters and ftp',
    'HTTPS://EXAMPLE.COM/A and ftp://files.example.com/x.tar.gz',
    [
      ['HTTPS://EXAMPLE.COM/A', 'HTTPS://EXAMPLE.COM/A'],
      ['ftp://files.example.com/x.tar.gz', 'ftp://files.example.com/x.tar.gz'],
    ],
  ],
  [
    'right after a digit or a colon',
    '1https://example.com/a see:https://example.com/b',
    [
      ['https://example.com/a', 'https://example.com/a'],
      ['https://example.com/b', 'https://example.com/b'],
    ],
  ],
  [
    'two addresses back to back',
    'https://example.com/a<https://example.com/b>',
    [
      ['https://example.com/a', 'https://example.com/a'],
      ['https://example.com/b', 'https://example.com/b'],
    ],
  ],
  ['not addresses', 'xhttps://example.com javascript:alert(1) http:// https://.', []],
];

/** The realistic review with the typed text as the summary and as the first timeline event. */
function reportWith(typed: string): ReportSource {
  const source = realisticReportSource();
  source.meeting.summary = typed;
  source.timeline[0]!.description = typed;
  return source;
}

const asSet = (links: readonly (readonly [string, string])[]) => new Set(links.map((link) => JSON.stringify(link)));

describe('exported Markdown read by cmark-gfm (GitHub’s renderer)', () => {
  it.each(CASES)('%s source, %s layout: the same blocks, cells and text as the report model', (_name, layout, makeSource) => {
    const doc = buildReport(makeSource(), { layout });
    expect(cmarkGfmRead(writeMarkdown(doc)).blocks).toEqual(expectedBlocks(doc));
  });

  it.each(REPORT_LAYOUTS)('hostile source, %s layout: links only where an address was typed, each to exactly that address', (layout) => {
    const { links } = cmarkGfmRead(writeMarkdown(buildReport(hostileReportSource(), { layout })));
    expect(links.length).toBeGreaterThan(0);
    expect(asSet(links)).toEqual(asSet(HOSTILE_LINKS));
  });

  it.each(TYPED)('%s: a link to exactly the address, the text and its line breaks as typed, in a paragraph and a table cell', (_name, typed, expected) => {
    const doc = buildReport(reportWith(typed), { layout: 'pir' });
    const { blocks, links } = cmarkGfmRead(writeMarkdown(doc));
    expect(blocks).toEqual(expectedBlocks(doc));
    expect(blocks).toContainEqual({ kind: 'paragraph', text: typed });
    expect(tablesWithHeader(blocks, ['Time', 'Event'])[0]?.rows[0]?.[1]).toBe(typed);
    expect(asSet(links)).toEqual(asSet(expected));
    // Once in the summary, once in the timeline table.
    expect(links).toHaveLength(expected.length * 2);
  });
});
