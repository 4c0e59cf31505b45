import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../../src/shared/report/build-report.ts';
import { writeDocx } from '../../../../src/shared/report/docx/write-docx.ts';
import { writeMarkdown } from '../../../../src/shared/report/markdown/write-markdown.ts';
import { realisticReportSource } from '../../../fixtures/report-sources.ts';
import { docxParts, part, wordTexts } from './docx/docx-package.ts';

/** Issue 16: the report lists the review's contributing factors, in Markdown and in DOCX, whatever their names hold. */
describe('contributing factors in the written report', () => {
  const source = realisticReportSource();
  source.tags = [
    { itemKind: 'meeting', itemId: source.meeting.id, factor: 'Capacity' },
    { itemKind: 'meeting', itemId: source.meeting.id, factor: 'Cache | `warm-up` مرحبا' },
  ];
  const doc = buildReport(source, { layout: 'pir' });

  it('Markdown: one header line, the pipe and backticks escaped', () => {
    const line = writeMarkdown(doc)
      .split('\n')
      .find((text) => text.includes('Contributing factors'));
    expect(line).toBeDefined();
    expect(line).toContain('Capacity; Cache \\| ');
    expect(line).toContain('مرحبا');
  });

  it('DOCX: a label cell and a value cell', async () => {
    const texts = wordTexts(part(docxParts(await writeDocx(doc)), 'word/document.xml'));
    const at = texts.indexOf('Contributing factors');
    expect(at).toBeGreaterThan(-1);
    expect(texts[at + 1]).toBe('Capacity; Cache | `warm-up` مرحبا');
  });
});
