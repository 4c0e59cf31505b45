import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../../src/shared/report/build-report.ts';
import { reportImageFiles } from '../../../../src/shared/report/images.ts';
import { REPORT_LAYOUTS } from '../../../../src/shared/report/layouts.ts';
import { writeMarkdown } from '../../../../src/shared/report/markdown/write-markdown.ts';
import { realisticArchive } from '../../../fixtures/meeting-archives.ts';
import { realisticReportSource } from '../../../fixtures/report-sources.ts';
import { samplePng } from '../../../harness/index.ts';

describe('the Evidence section of a report', () => {
  const archive = realisticArchive();

  it.each(REPORT_LAYOUTS)('%s: comes last, names each item with evidence, then shows its images and links', (layout) => {
    const doc = buildReport(archive, { layout });
    const section = doc.sections.at(-1);
    expect(section?.title).toBe('Evidence');
    const event = archive.timeline[0]!;
    const why = archive.whys.at(-1)!;
    expect(section?.nodes.map((node) => node.type)).toEqual(['heading', 'image', 'heading', 'facts']);
    expect(section?.nodes[0]).toMatchObject({ type: 'heading', level: 3 });
    expect(section?.nodes[0]?.type === 'heading' && section.nodes[0].text).toContain(event.description);
    expect(section?.nodes[2]?.type === 'heading' && section.nodes[2].text).toBe(`Why: ${why.text}`);
    expect(section?.nodes[3]).toEqual({
      type: 'facts',
      items: [{ label: 'Replay of the config push in staging', value: 'https://ci.example.com/runs/4521?step=replay' }],
    });
  });

  it('links each image from the folder beside the .md, and lists the files to write there', () => {
    const doc = buildReport(archive, { layout: 'pir' });
    expect(doc.imagesFolder).toBe(`${doc.fileBaseName}-images`);
    const markdown = writeMarkdown(doc);
    expect(markdown).toContain(`![Error rate on /checkout, 14:00 to 14:40](${doc.imagesFolder}/01-error-rate-on-checkout-14-00-to-14-40.png)`);
    expect(markdown).toContain('*Error rate on /checkout, 14:00 to 14:40*');
    expect(reportImageFiles(doc).map((file) => [file.name, Buffer.from(file.data).equals(samplePng())])).toEqual([
      ['01-error-rate-on-checkout-14-00-to-14-40.png', true],
    ]);
  });

  it('is left out when nothing has evidence', () => {
    const doc = buildReport(realisticReportSource(), { layout: 'pir' });
    expect(doc.sections.map((section) => section.title)).not.toContain('Evidence');
  });
});
