import { describe, expect, it } from 'vitest';
import { ARCHIVE_FORMAT, ARCHIVE_VERSION, type MeetingArchive } from '../../../src/shared/archive/meeting-archive.ts';
import { DRAFT_REVIEW } from '../../../src/shared/domain/review.ts';
import { REPORT_LAYOUT_DESCRIPTORS } from '../../../src/shared/report/layouts.ts';
import { initialChoice, withFormat, withLayout, withSection } from '../../../src/renderer/views/export/export-options.ts';
import { exportBytes, previewExport } from '../../../src/renderer/views/export/export-output.ts';
import { realisticReportSource } from '../../fixtures/report-sources.ts';

function archiveOf(): MeetingArchive {
  const source = realisticReportSource();
  return {
    ...source,
    format: ARCHIVE_FORMAT,
    version: ARCHIVE_VERSION,
    exportedAt: Date.UTC(2026, 10, 23, 9, 0),
    agenda: {
      templateId: 'blameless-60',
      sections: [],
      timer: { meetingId: source.meeting.id, currentSectionId: null, runningSince: null, meetingStartedAt: null, meetingEndedAt: null, soundEnabled: true },
    },
    dismissedChecks: [],
    evidence: [],
    review: DRAFT_REVIEW,
    effectiveness: [],
    tags: [],
  };
}

const headings = (markdown: string) => markdown.split('\n').filter((line) => line.startsWith('## '));

describe('what the export dialog previews and saves', () => {
  it('previews the Markdown of the chosen layout, with one heading per ticked section', () => {
    const archive = archiveOf();
    for (const layout of ['pir', 'meeting', 'workflow', 'panel'] as const) {
      const preview = previewExport(archive, withLayout(initialChoice(), layout), []);
      expect(preview.text).toBe(preview.markdown);
      const shown = headings(preview.markdown).join('\n');
      for (const section of REPORT_LAYOUT_DESCRIPTORS[layout].sections) expect(shown, `${layout}: ${section.title}`).toContain(section.title);
    }
  });

  it('leaves an unticked section out of the preview and the saved Markdown', async () => {
    const choice = withSection(initialChoice(), 'timeline', false);
    const preview = previewExport(archiveOf(), choice, []);
    expect(headings(preview.markdown).some((heading) => heading.includes('Timeline'))).toBe(false);
    expect(new TextDecoder().decode(await exportBytes('md', preview))).toBe(preview.markdown);
  });

  it('names the file after the incident and the format', () => {
    const archive = archiveOf();
    const names = (['md', 'docx', 'json'] as const).map((format) => previewExport(archive, withFormat(initialChoice(), format), []).fileName);
    const base = names[0]?.replace(/\.md$/, '');
    expect(base).toMatch(/\S/);
    expect(names).toEqual([`${base}.md`, `${base}.docx`, `${base}.json`]);
  });

  it('previews and saves the archive’s own text for the archive format', async () => {
    const archive = archiveOf();
    const preview = previewExport(archive, withFormat(initialChoice(), 'json'), []);
    expect(JSON.parse(preview.text)).toEqual(JSON.parse(JSON.stringify(archive)));
    expect(new TextDecoder().decode(await exportBytes('json', preview))).toBe(preview.text);
  });

  it('saves a Word document as a zip package', async () => {
    const preview = previewExport(archiveOf(), withFormat(initialChoice(), 'docx'), []);
    const bytes = await exportBytes('docx', preview);
    expect(String.fromCharCode(bytes[0] ?? 0, bytes[1] ?? 0)).toBe('PK');
  });
});
