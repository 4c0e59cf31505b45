import { archiveJson } from '../../../shared/archive/archive-json.ts';
import type { MeetingArchive } from '../../../shared/archive/meeting-archive.ts';
import type { SaveFileFilter } from '../../../shared/api/bridge.ts';
import type { EarlierOpenItem } from '../../../shared/domain/actions.ts';
import { buildReport } from '../../../shared/report/build-report.ts';
import { reportFileName } from '../../../shared/report/file-name.ts';
import type { ReportFormat } from '../../../shared/report/layouts.ts';
import { writeMarkdown } from '../../../shared/report/markdown/write-markdown.ts';
import type { ReportDocument } from '../../../shared/report/nodes.ts';
import { sectionsApply, type ExportChoice } from './export-options.ts';

/** What the dialog shows for one choice: the text in the preview pane and the name the file will get. */
export interface ExportPreview {
  doc: ReportDocument;
  markdown: string;
  /** What the preview pane shows: the report's Markdown, or the archive's JSON for the archive format. */
  text: string;
  fileName: string;
}

/** `backlog` goes into the report's backlog check only; the archive holds the meeting's own rows. */
export function previewExport(archive: MeetingArchive, choice: ExportChoice, backlog: EarlierOpenItem[]): ExportPreview {
  const doc = buildReport({ ...archive, backlog }, { layout: choice.layout, sections: choice.sections, keyMoments: choice.keyMoments });
  const markdown = writeMarkdown(doc);
  const text = sectionsApply(choice.format) ? markdown : archiveJson(archive);
  return { doc, markdown, text, fileName: reportFileName(doc, choice.format) };
}

export const FILE_TYPES: Readonly<Record<ReportFormat, { mimeType: string; filter: SaveFileFilter }>> = {
  md: { mimeType: 'text/markdown;charset=utf-8', filter: { name: 'Markdown', extensions: ['md'] } },
  docx: {
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    filter: { name: 'Word document', extensions: ['docx'] },
  },
  json: { mimeType: 'application/json', filter: { name: 'Debrief archive', extensions: ['json'] } },
};

/**
 * The file's bytes. The Word writer and its library are loaded only when a Word document is first saved, so opening
 * the app never waits for them.
 */
export async function exportBytes(format: ReportFormat, preview: ExportPreview): Promise<Uint8Array> {
  if (format === 'docx') {
    const { writeDocx } = await import('../../../shared/report/docx/write-docx.ts');
    return writeDocx(preview.doc);
  }
  return new TextEncoder().encode(preview.text);
}
