import { describe, expect, it } from 'vitest';
import type { ReportDocument } from '../../../../../src/shared/report/nodes.ts';
import { columnWidthsDxa } from '../../../../../src/shared/report/docx/tables.ts';
import { TEXT_WIDTH_DXA } from '../../../../../src/shared/report/docx/page.ts';
import { writeDocx } from '../../../../../src/shared/report/docx/write-docx.ts';
import { docxParts, FORBIDDEN_IN_XML, part, wordTexts } from './docx-package.ts';
import { sampleReport } from './sample-report.ts';

async function packageOf(doc: ReportDocument) {
  const bytes = await writeDocx(doc);
  return { bytes, parts: docxParts(bytes) };
}

const count = (xml: string, pattern: RegExp) => xml.match(new RegExp(pattern.source, 'g'))?.length ?? 0;

describe('writeDocx', () => {
  it('writes a zip package with the parts Word needs', async () => {
    const { bytes, parts } = await packageOf(sampleReport());
    expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    for (const name of ['[Content_Types].xml', 'word/document.xml', 'word/styles.xml', 'word/numbering.xml', 'docProps/core.xml']) {
      expect(parts.has(name), name).toBe(true);
    }
  });

  it('uses the Title style for the report title and Word headings for sections and sub-headings', async () => {
    const { parts } = await packageOf(sampleReport());
    const document = part(parts, 'word/document.xml');
    expect(document).toMatch(/<w:pStyle w:val="Title"\/>.*?Post-Incident Review: INC-2041/);
    expect(count(document, /<w:pStyle w:val="Heading1"\/>/)).toBe(5);
    expect(document).toMatch(/<w:pStyle w:val="Heading2"\/><\/w:pPr><w:r><w:t[^>]*>Detection</);
    const styles = part(parts, 'word/styles.xml');
    expect(styles).toMatch(/<w:style [^>]*w:styleId="Heading1"/);
    expect(styles).toMatch(/<w:style [^>]*w:styleId="Title"/);
  });

  it('sets one font every reader has as the document default', async () => {
    const styles = part((await packageOf(sampleReport())).parts, 'word/styles.xml');
    expect(styles).toMatch(/<w:docDefaults>.*<w:rFonts w:ascii="Arial"[^>]*w:hAnsi="Arial"/);
  });

  it('shows the severity and its meaning in bold white on a coloured cell', async () => {
    const document = part((await packageOf(sampleReport())).parts, 'word/document.xml');
    expect(document).toMatch(
      /<w:shd w:fill="B54708"[^>]*\/>.*?<w:b\/>.*?<w:color w:val="FFFFFF"\/>.*?SEV2 — The service was degraded, but a workaround existed/,
    );
    const unset = part((await packageOf(sampleReport({ severity: null, severityMeaning: '' }))).parts, 'word/document.xml');
    expect(wordTexts(unset)).toContain('Severity not set');
  });

  it.each([
    ['SEV1', 'A4161A'],
    ['SEV2', 'B54708'],
    ['SEV3', '7A5C00'],
    ['SEV4', '2F5D8A'],
  ] as const)('gives %s its own colour', async (severity, fill) => {
    const document = part((await packageOf(sampleReport({ severity, severityMeaning: 'Meaning' }))).parts, 'word/document.xml');
    expect(document).toMatch(new RegExp(`<w:shd w:fill="${fill}"[^>]*/>.*?${severity} — Meaning`));
  });

  it('writes a report with no header facts and no sections', async () => {
    const document = part((await packageOf(sampleReport({ header: [], sections: [] }))).parts, 'word/document.xml');
    expect(wordTexts(document)).toEqual([
      'Post-Incident Review: INC-2041',
      'Checkout latency after the payment gateway config push',
      'SEV2 — The service was degraded, but a workaround existed',
    ]);
  });

  it('writes the header facts as label and value cells', async () => {
    const texts = wordTexts(part((await packageOf(sampleReport())).parts, 'word/document.xml'));
    const at = texts.indexOf('Duration');
    expect(at).toBeGreaterThan(-1);
    expect(texts[at + 1]).toBe('1 hour 42 minutes');
  });

  it('marks the header row to repeat on each page, keeps rows whole and gives the columns explicit widths', async () => {
    const document = part((await packageOf(sampleReport())).parts, 'word/document.xml');
    const timeline = document.slice(document.indexOf('>Time<') - 2_000);
    expect(count(document, /<w:tblHeader\/>/)).toBe(1);
    expect(document).not.toMatch(/<w:tblHeader w:val="off"\/>/);
    expect(timeline).toMatch(/<w:tblHeader\/>.*?>Time<.*?>Event<.*?>Actor</);
    expect(count(document, /<w:cantSplit\/>/)).toBeGreaterThanOrEqual(3);
    const [time, event, actor] = columnWidthsDxa([18, 62, 20]);
    expect(timeline).toContain(`<w:gridCol w:w="${time}"/><w:gridCol w:w="${event}"/><w:gridCol w:w="${actor}"/>`);
    expect(timeline).toMatch(new RegExp(`<w:tblW w:type="dxa" w:w="${TEXT_WIDTH_DXA}"/>`));
    expect(timeline).toMatch(/<w:tblLayout w:type="fixed"\/>/);
  });

  it('puts "Page X of Y" in the footer', async () => {
    const { parts } = await packageOf(sampleReport());
    const footer = [...parts.entries()].find(([name]) => /^word\/footer\d+\.xml$/.test(name))?.[1] ?? '';
    expect(footer).toMatch(/Page <\/w:t>.*?<w:instrText[^>]*>PAGE<\/w:instrText>.*? of .*?<w:instrText[^>]*>NUMPAGES<\/w:instrText>/);
    expect(part(parts, 'word/document.xml')).toMatch(/<w:footerReference w:type="default"/);
  });

  it('fills the document properties', async () => {
    const core = part((await packageOf(sampleReport())).parts, 'docProps/core.xml');
    expect(core).toContain('<dc:title>Post-Incident Review: INC-2041</dc:title>');
    expect(core).toContain('<dc:creator>Mina Okafor</dc:creator>');
    expect(core).toContain('<dc:subject>Checkout latency after the payment gateway config push</dc:subject>');
    expect(core).toContain('<cp:keywords>INC-2041, SEV2, post-incident review</cp:keywords>');
    expect(core).toMatch(/<dc:description>[^<]*blameless[^<]*<\/dc:description>/);
  });

  it('writes lists as real numbered and bulleted lists, each numbered list counting from 1', async () => {
    const doc = sampleReport();
    doc.sections.push({ id: 'prevention', title: 'Prevention', nodes: [{ type: 'list', ordered: true, items: ['Canary every config push'] }] });
    const { parts } = await packageOf(doc);
    const document = part(parts, 'word/document.xml');
    const numberOf = (text: string) => document.match(new RegExp(`<w:numId w:val="(\\d+)"/>(?:(?!</w:p>).)*>${text}<`))?.[1];
    const first = numberOf('The canary stage was skipped for config changes');
    expect(numberOf('Alert threshold too high')).toBe(first);
    expect(numberOf('Canary every config push')).not.toBe(first);
    expect(numberOf('Runbook link was out of date')).not.toBe(first);
    const numbering = part(parts, 'word/numbering.xml');
    expect(numbering).toMatch(/<w:numFmt w:val="decimal"\/>/);
    expect(numbering).toMatch(/<w:numFmt w:val="bullet"\/>/);
  });

  it('keeps a newline inside one item as a line break in the same paragraph', async () => {
    const document = part((await packageOf(sampleReport())).parts, 'word/document.xml');
    expect(document).toMatch(/A configuration push raised checkout latency\.<\/w:t><\/w:r><w:r><w:br\/><w:t[^>]*>A rollback restored it\.<\/w:t>/);
  });

  it('writes empty parts as italic grey text', async () => {
    const document = part((await packageOf(sampleReport())).parts, 'word/document.xml');
    expect(document).toMatch(/<w:i\/>(?:(?!<\/w:r>).)*<w:color w:val="5F6368"\/>(?:(?!<\/w:r>).)*No lessons recorded\./);
  });

  describe('hostile text', () => {
    const nasty = 'a\u0000b\u0007c\u001fd\u007fe\ufffef\uffffg\ud800h | `x` **y** # <b>&amp;</b> ]]> 🚀 👩‍💻 支付网关 ' + 'x'.repeat(300);
    const rightToLeft = 'שרת התשלומים הפסיק להגיב';
    const hostile = (): ReportDocument =>
      sampleReport({
        title: `Review: ${nasty}`,
        subtitle: nasty,
        header: [{ label: nasty, value: `${nasty}\nsecond line` }],
        sections: [
          {
            id: 'summary',
            title: nasty,
            nodes: [
              { type: 'heading', level: 3, text: nasty },
              { type: 'paragraph', text: nasty },
              { type: 'paragraph', text: rightToLeft },
              { type: 'facts', items: [{ label: nasty, value: nasty }] },
              { type: 'list', ordered: true, items: [nasty, `${nasty}\n${nasty}`] },
              {
                type: 'table',
                columns: [
                  { title: nasty, width: 30 },
                  { title: 'Event', width: 70 },
                ],
                rows: [[nasty, nasty]],
              },
              { type: 'empty', text: nasty },
            ],
          },
        ],
        properties: { title: nasty, author: nasty, subject: nasty, keywords: nasty },
      });

    it('leaves no character XML or Word refuses in any part', async () => {
      const { parts } = await packageOf(hostile());
      for (const [name, xml] of parts) expect(FORBIDDEN_IN_XML.test(xml), name).toBe(false);
    });

    it('keeps the rest of the text, emoji, CJK and the long word included', async () => {
      const texts = wordTexts(part((await packageOf(hostile())).parts, 'word/document.xml')).join('');
      const kept = 'abcdefgh | `x` **y** # <b>&amp;</b> ]]> 🚀 👩‍💻 支付网关 ' + 'x'.repeat(300);
      expect(texts).toContain(kept);
      expect(texts).toContain(rightToLeft);
    });

    it('lays out mainly right-to-left paragraphs right to left', async () => {
      const document = part((await packageOf(hostile())).parts, 'word/document.xml');
      expect(document).toMatch(new RegExp(`<w:bidi/>(?:(?!</w:p>).)*<w:rtl/>(?:(?!</w:p>).)*${rightToLeft}`));
    });
  });
});
