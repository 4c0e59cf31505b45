import { describe, expect, it } from 'vitest';
import { ARCHIVE_FORMAT } from '../../../../src/shared/archive/meeting-archive.ts';
import { publicationFolderName, unusedFolderName } from '../../../../src/shared/publish/folder-name.ts';
import { INDEX_END, INDEX_START, indexEntryOf, indexTable, readmeWithIndex, type IndexEntry } from '../../../../src/shared/publish/library-index.ts';
import { cmarkGfmRead } from '../../../harness/index.ts';

const NOV_20 = Date.UTC(2026, 10, 20, 13, 2);
const meeting = (incidentId: string, title = 'Checkout outage') => ({
  incidentId,
  title,
  incidentStartedAt: NOV_20,
  scheduledAt: null,
  createdAt: NOV_20,
  timeZone: 'UTC',
});

describe('publicationFolderName', () => {
  it.each([
    ['INC-2041', '2026-11-20-INC-2041'],
    ['../../etc/passwd', '2026-11-20-etc-passwd'],
    ['..\\..\\windows', '2026-11-20-windows'],
    ['CON', '2026-11-20-CON'],
    ['a:b*c?d"e<f>g|h', '2026-11-20-abcdefgh'],
    ['evil\u202Egpj.exe', '2026-11-20-evilgpj.exe'],
    ['zero\u200Bwidth', '2026-11-20-zerowidth'],
    ['line\nbreak\ttab', '2026-11-20-line-break-tab'],
    ['Cafe\u0301', '2026-11-20-Caf\u00e9'],
  ])('keeps %j one safe folder name', (incidentId, expected) => {
    expect(publicationFolderName(meeting(incidentId))).toBe(expected);
  });

  it('uses the title when the incident id is empty, and "review" when nothing usable is left', () => {
    expect(publicationFolderName(meeting('', 'Checkout / payments'))).toBe('2026-11-20-Checkout-payments');
    expect(publicationFolderName(meeting('...', '\u200B/'))).toBe('2026-11-20-review');
  });

  it('stays within 80 characters, whole characters of any script', () => {
    const name = publicationFolderName(meeting('漢'.repeat(200)));
    expect(Array.from(name)).toHaveLength(80);
    expect(name.startsWith('2026-11-20-漢')).toBe(true);
  });

  it('takes the next free name, ignoring case as macOS and Windows do', () => {
    expect(unusedFolderName('2026-11-20-INC-1', ['other'])).toBe('2026-11-20-INC-1');
    expect(unusedFolderName('2026-11-20-INC-1', ['2026-11-20-inc-1', '2026-11-20-INC-1-2'])).toBe('2026-11-20-INC-1-3');
  });
});

const entry = (overrides: Partial<IndexEntry>): IndexEntry => ({
  folder: '2026-11-20-INC-1',
  meetingId: 'm1',
  date: '2026-11-20',
  incidentId: 'INC-1',
  severity: 'SEV2',
  state: 'published',
  title: 'Checkout outage',
  openActions: 2,
  ...overrides,
});

describe('indexTable, read back by cmark-gfm', () => {
  it('keeps every typed value in its own cell: pipes, backslashes, newlines, markup', () => {
    const hostile = 'a | b \\ c\nsecond `line` *x* <b>y</b> [z](http://e.test) | end\\';
    const table = indexTable([
      entry({ title: hostile, incidentId: 'INC|7\\' }),
      entry({ folder: 'f 2 (x)', date: '2026-11-21', title: 'Two', openActions: 0, state: 'draft', severity: '' }),
    ]);
    const { blocks, links } = cmarkGfmRead(table);
    expect(blocks).toHaveLength(1);
    const [block] = blocks;
    if (block?.kind !== 'table') throw new Error('expected a table');
    expect(block.header).toEqual(['Date', 'Incident', 'Severity', 'State', 'Title', 'Open actions']);
    expect(block.rows).toEqual([
      ['2026-11-21', 'INC-1', '', 'draft', 'Two', '0'],
      ['2026-11-20', 'INC|7\\', 'SEV2', 'published', expect.stringContaining('a | b \\ c\nsecond '), '2'],
    ]);
    expect(block.rows[1]?.[4]).toContain('[z](');
    expect(block.rows[1]?.[4]?.endsWith('| end\\')).toBe(true);
    // Each date links to its report, whatever the folder's name; a typed web address stays a link of its own.
    expect(links.filter(([text]) => text.startsWith('2026-'))).toEqual([
      ['2026-11-21', 'f%202%20(x)/report.md'],
      ['2026-11-20', '2026-11-20-INC-1/report.md'],
    ]);
  });
});

describe('readmeWithIndex', () => {
  const table = indexTable([entry({})]);

  it('creates a README with the markers when there is none', () => {
    const readme = readmeWithIndex(null, table);
    expect(readme).toContain(`${INDEX_START}\n${table}\n${INDEX_END}\n`);
    expect(readme.startsWith('# ')).toBe(true);
  });

  it("keeps the team's text byte for byte and replaces only what is between the markers", () => {
    const before = '# Our reviews\r\n\r\nWritten by us | with pipes.\n\n';
    const after = '\n\n## Notes\nMore of our text.\n';
    const first = readmeWithIndex(`${before}${INDEX_START}\nold table\n${INDEX_END}${after}`, table);
    expect(first).toBe(`${before}${INDEX_START}\n${table}\n${INDEX_END}${after}`);
  });

  it('appends the index to a README that has no markers yet', () => {
    expect(readmeWithIndex('# Ours', table)).toBe(`# Ours\n\n${INDEX_START}\n${table}\n${INDEX_END}\n`);
  });

  it.each([[`${INDEX_START}\nno end`], [`${INDEX_END}\n${INDEX_START}`], [`${INDEX_START}${INDEX_END}${INDEX_START}${INDEX_END}`]])(
    'refuses markers it cannot pair (%j) rather than guess',
    (readme) => {
      expect(() => readmeWithIndex(readme, table)).toThrow(/markers/);
    },
  );
});

describe('indexEntryOf', () => {
  it('reads the row from an archive and counts open and in-progress items', () => {
    const archive = {
      format: ARCHIVE_FORMAT,
      meeting: {
        id: 'm1',
        incidentId: 'INC-1',
        title: 'T',
        severity: 'SEV1',
        incidentStartedAt: NOV_20,
        scheduledAt: null,
        createdAt: NOV_20,
        timeZone: 'UTC',
      },
      review: { state: 'in_review' },
      actions: [{ status: 'open' }, { status: 'in_progress' }, { status: 'done' }, { status: 'cancelled' }],
    };
    expect(indexEntryOf('f', archive)).toEqual({
      folder: 'f',
      meetingId: 'm1',
      date: '2026-11-20',
      incidentId: 'INC-1',
      severity: 'SEV1',
      state: 'in_review',
      title: 'T',
      openActions: 2,
    });
  });

  it('is null for JSON that is not an archive', () => {
    expect(indexEntryOf('f', { format: 'other' })).toBeNull();
    expect(indexEntryOf('f', [1])).toBeNull();
  });
});
