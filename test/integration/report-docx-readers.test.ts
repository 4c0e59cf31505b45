import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../src/shared/report/build-report.ts';
import { writeDocx } from '../../src/shared/report/docx/write-docx.ts';
import { REPORT_LAYOUT_DESCRIPTORS, REPORT_LAYOUTS, type ReportLayout } from '../../src/shared/report/layouts.ts';
import type { ReportDocument, ReportNode } from '../../src/shared/report/nodes.ts';
import type { ReportSource } from '../../src/shared/report/source.ts';
import { hostileReportSource, largeReportSource, realisticReportSource } from '../fixtures/report-sources.ts';
import { REPO_ROOT, libreOfficeToPdf, pandocRead, pdfPageCount, pdfText, renderFirstPage, type PandocReading, useTempDir } from '../harness/index.ts';

/**
 * Our DOCX read back by the programs people open it with: pandoc (its document model: text and tables) and
 * LibreOffice (converted to PDF, then read with poppler). Set DEBRIEF_UPDATE_SCREENSHOTS=1 to refresh the page-one
 * screenshot in docs/screenshots.
 */

const SCREENSHOT = path.join(REPO_ROOT, 'docs', 'screenshots', 'report-docx-page1.png');
const LARGE_COUNTS = { events: 300, whys: 20, actions: 40 };

interface Written {
  name: string;
  doc: ReportDocument;
  docx: string;
  pdf: string;
}

const temp = useTempDir('debrief-docx-readers-', 'file');
const written = new Map<string, Written>();

function get(name: string): Written {
  const file = written.get(name);
  if (file === undefined) throw new Error(`no ${name} was written`);
  return file;
}

async function write(name: string, source: ReportSource, layout: ReportLayout): Promise<void> {
  const doc = buildReport(source, { layout });
  const docx = temp.file(`${name}.docx`);
  fs.writeFileSync(docx, await writeDocx(doc));
  written.set(name, { name, doc, docx, pdf: temp.file(`${name}.pdf`) });
}

beforeAll(async () => {
  for (const layout of REPORT_LAYOUTS) {
    await write(`realistic-${layout}`, realisticReportSource(), layout);
    await write(`hostile-${layout}`, hostileReportSource(), layout);
  }
  await write('large-pir', largeReportSource(LARGE_COUNTS), 'pir');
  await libreOfficeToPdf(
    [...written.values()].map((file) => file.docx),
    temp.dir,
  );
}, 180_000);

const flat = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Where each text is found in the reading, each after the one before; -1 where it is missing or out of order. */
function positionsInOrder(haystack: string, needles: readonly string[]): number[] {
  const text = flat(haystack);
  let from = 0;
  return needles.map((needle) => {
    const at = text.indexOf(flat(needle), from);
    if (at >= 0) from = at + flat(needle).length;
    return at;
  });
}

const tableNodes = (doc: ReportDocument) =>
  doc.sections.flatMap((section) => section.nodes).filter((node): node is Extract<ReportNode, { type: 'table' }> => node.type === 'table');

/** The report's tables as pandoc read them (the title block's two tables come first). */
function reportTables(reading: PandocReading, doc: ReportDocument) {
  return reading.tables.slice(reading.tables.length - tableNodes(doc).length);
}

const hasSection = (layout: ReportLayout, ids: readonly string[]) => REPORT_LAYOUT_DESCRIPTORS[layout].sections.some((section) => ids.includes(section.id));

describe('pandoc reads our DOCX back', () => {
  it.each(REPORT_LAYOUTS)('%s layout: the title, every section in order, every table with its header row and every row', async (layout) => {
    const { doc, docx } = get(`realistic-${layout}`);
    const reading = await pandocRead(docx);
    expect(reading.title).toBe(doc.title);
    expect(
      positionsInOrder(
        reading.text,
        doc.sections.map((section) => section.title),
      ),
    ).not.toContain(-1);

    const tables = tableNodes(doc);
    expect(reading.tables).toHaveLength(tables.length + 2);
    reportTables(reading, doc).forEach((table, index) => {
      const node = tables[index];
      expect(table.head.map((row) => row.map(flat))).toEqual([node?.columns.map((column) => flat(column.title))]);
      expect(table.body.map((row) => row.map(flat))).toEqual(node?.rows.map((row) => row.map(flat)));
    });
  });

  it.each(REPORT_LAYOUTS.filter((layout) => hasSection(layout, ['timeline'])))('%s layout: every timeline event, in order', async (layout) => {
    const source = realisticReportSource();
    const reading = await pandocRead(get(`realistic-${layout}`).docx);
    expect(source.timeline.length).toBeGreaterThan(5);
    expect(
      positionsInOrder(
        reading.text,
        source.timeline.map((event) => event.description),
      ),
    ).not.toContain(-1);
  });

  it.each(REPORT_LAYOUTS.filter((layout) => hasSection(layout, ['action_items', 'action_tracker'])))(
    '%s layout: every action item, in order',
    async (layout) => {
      const source = realisticReportSource();
      const reading = await pandocRead(get(`realistic-${layout}`).docx);
      expect(source.actions.length).toBeGreaterThan(2);
      expect(
        positionsInOrder(
          reading.text,
          source.actions.map((action) => action.title),
        ),
      ).not.toContain(-1);
    },
  );

  it('reads every one of 300 timeline rows of a large review', async () => {
    const reading = await pandocRead(get('large-pir').docx);
    const timeline = reading.tables.find((table) => table.head[0]?.includes('Event') === true && table.body.length >= LARGE_COUNTS.events);
    expect(timeline?.body).toHaveLength(LARGE_COUNTS.events);
    expect(timeline?.body.map((row) => row[1])).toEqual(largeReportSource(LARGE_COUNTS).timeline.map((event) => event.description));
  });
});

describe('LibreOffice converts our DOCX to PDF', () => {
  it('for every layout, realistic and hostile: a PDF with pages and every section title in order', async () => {
    for (const file of written.values()) {
      expect(await pdfPageCount(file.pdf), file.name).toBeGreaterThan(0);
      const titles = file.doc.sections.map((section) => section.title);
      expect(positionsInOrder(await pdfText(file.pdf), titles), file.name).not.toContain(-1);
    }
  });

  it('puts "Page X of Y" in the footer of each page', async () => {
    const { pdf } = get('large-pir');
    const pages = await pdfPageCount(pdf);
    expect(pages).toBeGreaterThan(2);
    expect(await pdfText(pdf, 1)).toContain(`Page 1 of ${pages}`);
    expect(await pdfText(pdf, pages)).toContain(`Page ${pages} of ${pages}`);
  });

  it('repeats the timeline table header on the pages the table runs onto', async () => {
    const { pdf } = get('large-pir');
    const pages = await pdfPageCount(pdf);
    const middle = `${LARGE_COUNTS.events / 2}:`;
    let page = 0;
    for (let candidate = 2; candidate <= pages && page === 0; candidate += 1) {
      if ((await pdfText(pdf, candidate)).includes(`Event ${middle}`)) page = candidate;
    }
    expect(page).toBeGreaterThan(1);
    expect(await pdfText(pdf, page)).toMatch(/^\s*Time\s*\n+\s*Event\s*\n+\s*Actor\s*$/m);
  });

  it('renders page one to a PNG', async () => {
    const { pdf } = get('realistic-pir');
    const png = await renderFirstPage(pdf, temp.file('realistic-pir-page1'));
    const bytes = fs.readFileSync(png);
    expect([...bytes.subarray(1, 4)].map((byte) => String.fromCharCode(byte)).join('')).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(10_000);
    if (process.env.DEBRIEF_UPDATE_SCREENSHOTS === '1') {
      fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
      fs.copyFileSync(png, SCREENSHOT);
    }
  });
});

describe('hostile text goes through both readers', () => {
  /** What the hostile fixture's pieces become once control characters and noncharacters are dropped. */
  const KEPT = [
    'emoji 👩‍👩‍👧‍👦 🏳️‍🌈 👍🏽 🔥',
    'CJK 支付网关超时 決済タイムアウト 결제 시간 초과',
    'RTL العربية: فشل الدفع عند الخروج',
    'RTL עברית: התשלום נכשל בקופה',
    '<script>alert("x")</script> <img src=x onerror=alert(1)> <b>bold</b> <!-- comment -->',
    ']]> <![CDATA[ inside ]]> <?xml version="1.0"?>',
    '| pipe | in | cells || and \\| an escaped one',
    'controls: :end',
    'nonchars::end',
  ];
  const LONG_WORD = 'Zahlungsdienstleisterzeitüberschreitung'.repeat(8).slice(0, 300);

  it.each(REPORT_LAYOUTS)('%s layout: pandoc keeps emoji, CJK, right-to-left text, markup characters and the 300-letter word', async (layout) => {
    const reading = await pandocRead(get(`hostile-${layout}`).docx);
    const text = flat(reading.text);
    for (const piece of KEPT) expect(text, piece).toContain(flat(piece));
    expect(text).toContain(LONG_WORD);
  });

  it.each(REPORT_LAYOUTS)('%s layout: LibreOffice lays the text out, CJK and the long word included', async (layout) => {
    const text = await pdfText(get(`hostile-${layout}`).pdf);
    expect(text).toContain('支付网关超时');
    expect(text.replace(/\s+/g, '')).toContain(LONG_WORD);
  });
});
