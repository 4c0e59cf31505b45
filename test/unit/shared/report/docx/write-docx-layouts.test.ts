import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../../../src/shared/report/build-report.ts';
import { writeDocx } from '../../../../../src/shared/report/docx/write-docx.ts';
import { REPORT_LAYOUTS } from '../../../../../src/shared/report/layouts.ts';
import { hostileReportSource, realisticReportSource } from '../../../../fixtures/report-sources.ts';
import { docxParts, FORBIDDEN_IN_XML, part } from './docx-package.ts';

const count = (xml: string, pattern: RegExp) => xml.match(new RegExp(pattern.source, 'g'))?.length ?? 0;

describe.each(REPORT_LAYOUTS)('writeDocx, %s layout', (layout) => {
  it('gives every section a Heading 1 and every table one repeating header row', async () => {
    const doc = buildReport(realisticReportSource(), { layout });
    const document = part(docxParts(await writeDocx(doc)), 'word/document.xml');
    const tables = doc.sections.flatMap((section) => section.nodes).filter((node) => node.type === 'table');
    expect(count(document, /<w:pStyle w:val="Heading1"\/>/)).toBe(doc.sections.length);
    expect(count(document, /<w:tblHeader\/>/)).toBe(tables.length);
    // The title block's severity band and header facts, then one table per table node.
    expect(count(document, /<w:tbl>/)).toBe(tables.length + 2);
  });

  it('writes the hostile source with no character XML or Word refuses', async () => {
    const parts = docxParts(await writeDocx(buildReport(hostileReportSource(), { layout })));
    for (const [name, xml] of parts) expect(FORBIDDEN_IN_XML.test(xml), name).toBe(false);
  });
});
