import type { z } from 'zod';
import type { publishWriteInput } from '../api/publish.ts';
import { archiveJson } from '../archive/archive-json.ts';
import type { MeetingArchive } from '../archive/meeting-archive.ts';
import type { EarlierOpenItem } from '../domain/actions.ts';
import { bytesToBase64 } from '../evidence/base64.ts';
import { buildReport } from '../report/build-report.ts';
import { writeDocx } from '../report/docx/write-docx.ts';
import { reportImageFiles } from '../report/images.ts';
import { DEFAULT_REPORT_LAYOUT, type ReportLayout } from '../report/layouts.ts';
import { writeMarkdown } from '../report/markdown/write-markdown.ts';

/** What a review is published from: its archive, and the earlier reviews' open items for the report's backlog check. */
export interface PublishSource {
  archive: MeetingArchive;
  backlog: EarlierOpenItem[];
}

export type PublishWriteInput = z.input<typeof publishWriteInput>;

/**
 * The one publishing pipeline up to the files: the review's archive, its report in Markdown and Word (the same
 * builders as Export), and the images the Markdown links to, as publish.write takes them. The CLI and the export
 * dialog both call it, then publish.write; a step that changes what is published (redaction) belongs at its start,
 * on `source`, so all three files carry the same text.
 */
export async function publicationFiles(
  source: PublishSource,
  dir: string,
  layout: ReportLayout = DEFAULT_REPORT_LAYOUT,
  /** The report's timeline shows only the key moments, with the full timeline as an appendix (see buildReport). */
  keyMoments = false,
): Promise<PublishWriteInput> {
  const { archive, backlog } = source;
  const doc = buildReport({ ...archive, backlog }, { layout, keyMoments });
  const docx = await writeDocx(doc);
  return {
    dir,
    archive: archiveJson(archive),
    markdown: bytesToBase64(new TextEncoder().encode(writeMarkdown(doc))),
    docx: bytesToBase64(docx),
    imagesFolder: doc.imagesFolder,
    images: reportImageFiles(doc).map((image) => ({ name: image.name, data: bytesToBase64(image.data) })),
  };
}
