import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { archiveJson } from '../../../shared/archive/archive-json.ts';
import type { MeetingArchive } from '../../../shared/archive/meeting-archive.ts';
import type { EarlierOpenItem } from '../../../shared/domain/actions.ts';
import { buildReport } from '../../../shared/report/build-report.ts';
import { writeDocx } from '../../../shared/report/docx/write-docx.ts';
import { reportFileName } from '../../../shared/report/file-name.ts';
import {
  DEFAULT_REPORT_LAYOUT,
  REPORT_FORMATS,
  REPORT_LAYOUT_DESCRIPTORS,
  REPORT_LAYOUTS,
  type ReportFormat,
  type ReportLayout,
} from '../../../shared/report/layouts.ts';
import { writeMarkdown } from '../../../shared/report/markdown/write-markdown.ts';
import { reportImageFiles } from '../../../shared/report/images.ts';
import type { ReportDocument } from '../../../shared/report/nodes.ts';
import { TIMELINE_APPENDIX_ID } from '../../../shared/report/sections/timeline.ts';
import { writeFileAtomically } from '../../files/atomic-file.ts';
import { EXIT_FAILED, EXIT_OK, stringFlag, type Command, type CommandContext } from '../command.ts';
import { printApiError } from '../print-error.ts';
import { readRedactionFlags, redactedMaterial, REDACTION_FLAG_HELP, REDACTION_OPTIONS } from '../redaction-flags.ts';
import type { SensitiveKind } from '../../../shared/redaction/detect.ts';
import { errorMessage } from '../../../shared/error-message.ts';

/** What `export --json` prints. */
export interface ExportReport {
  /** Absolute path of the file written, or "-" for standard output. */
  path: string;
  format: ReportFormat;
  layout: ReportLayout;
  bytes: number;
  /** With --redact: how many distinct values were replaced and kept. */
  redaction?: { replaced: number; kept: number };
}

const isOneOf = <T extends string>(values: readonly T[], value: string): value is T => (values as readonly string[]).includes(value);

interface ExportChoice {
  format: ReportFormat;
  layout: ReportLayout;
  sections: string[] | undefined;
  /** With --redact: the kinds kept as written (every other finding is replaced); null without --redact. */
  redactKeep: SensitiveKind[] | null;
  /** --key-moments: the timeline shows only the starred events, the full timeline goes to an appendix. */
  keyMoments: boolean;
}

/** The format, layout and sections the flags ask for, or the usage error naming the flag and what it accepts. */
function readChoice(context: CommandContext): ExportChoice | string {
  const format = stringFlag(context.values, 'format');
  if (format === undefined) return `export needs --format ${REPORT_FORMATS.join('|')}`;
  if (!isOneOf(REPORT_FORMATS, format)) return `--format must be one of ${REPORT_FORMATS.join(', ')} (got "${format}")`;
  const layout = stringFlag(context.values, 'layout') ?? DEFAULT_REPORT_LAYOUT;
  if (!isOneOf(REPORT_LAYOUTS, layout)) return `--layout must be one of ${REPORT_LAYOUTS.join(', ')} (got "${layout}")`;
  const redactKeep = readRedactionFlags(context);
  if (typeof redactKeep === 'string') return redactKeep;
  const keyMoments = context.values['key-moments'] === true;
  const list = stringFlag(context.values, 'sections');
  if (list === undefined) return { format, layout, sections: undefined, redactKeep, keyMoments };
  const allowed = REPORT_LAYOUT_DESCRIPTORS[layout].sections.map((choice) => choice.id);
  const sections = list
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (sections.length === 0) return `--sections must name at least one section of the ${layout} layout: ${allowed.join(', ')}`;
  const unknown = sections.filter((id) => !allowed.includes(id));
  if (unknown.length > 0) {
    return `--sections: the ${layout} layout has no section ${unknown.map((id) => `"${id}"`).join(', ')}; its sections are ${allowed.join(', ')}`;
  }
  return { format, layout, sections, redactKeep, keyMoments };
}

/** The file's content: the archive itself, or the report built from it. */
async function render(
  archive: MeetingArchive,
  backlog: EarlierOpenItem[],
  choice: ExportChoice,
): Promise<{ content: string | Uint8Array; fileName: string; doc: ReportDocument }> {
  const source = { ...archive, backlog };
  const doc = buildReport(source, {
    layout: choice.layout,
    keyMoments: choice.keyMoments,
    ...(choice.sections === undefined ? {} : { sections: choice.sections }),
  });
  const fileName = reportFileName(doc, choice.format);
  if (choice.format === 'json') return { content: archiveJson(archive), fileName, doc };
  if (choice.format === 'md') return { content: writeMarkdown(doc), fileName, doc };
  return { content: await writeDocx(doc), fileName, doc };
}

/** Why --key-moments left the report as it was, or null when the timeline shows only the key moments. */
function unchangedByKeyMoments(archive: MeetingArchive, doc: ReportDocument): string | null {
  if (doc.sections.some((section) => section.id === TIMELINE_APPENDIX_ID)) return null;
  if (!archive.timeline.some((event) => event.keyMoment)) return '--key-moments: no event is starred as a key moment, so the report shows the whole timeline';
  return '--key-moments: none of the chosen sections shows the timeline, so the report is unchanged';
}

/** A Markdown report's images, in their folder beside the .md, which its links name; nothing when it has none. */
async function writeImages(target: string, doc: ReportDocument): Promise<void> {
  const images = reportImageFiles(doc);
  if (images.length === 0) return;
  const folder = path.join(path.dirname(target), doc.imagesFolder);
  // Only the images folder is made: a report's own folder that does not exist is an error, as without images.
  await mkdir(folder).catch((error: unknown) => {
    if ((error as { code?: unknown }).code !== 'EEXIST') throw error;
  });
  for (const image of images) await writeFileAtomically(path.join(folder, image.name), image.data);
}

export const exportCommand: Command = {
  name: 'export',
  database: 'read',
  summary: 'Export a meeting as a report (Markdown or Word) or as a Debrief archive (JSON) and print the path written',
  usage: `--meeting ID --format ${REPORT_FORMATS.join('|')} [--layout ${REPORT_LAYOUTS.join('|')}] [--sections a,b,c] [--key-moments] [--redact [--redact-keep KINDS]] [--out FILE]`,
  flagHelp: [
    '--meeting ID      the meeting to export (required)',
    `--format FORMAT   ${REPORT_FORMATS.join(', ')}: a Markdown report, a Word report, or the archive \`import-json\` reads back (required)`,
    `--layout LAYOUT   ${REPORT_LAYOUTS.join(', ')} (default ${DEFAULT_REPORT_LAYOUT}); see the sections of each below`,
    '--sections LIST   comma-separated section ids of the layout to include (default: all)',
    '--key-moments     the timeline lists only the events starred as key moments, and an appendix at the end holds',
    "                  the full timeline with each event's source; with no starred event the report is unchanged",
    ...REDACTION_FLAG_HELP,
    '--out FILE        where to write; "-" prints Markdown or JSON on standard output',
    "                  (a Markdown report's images go to a folder beside it, FILE-BASE-images/)",
    '                  (default: a file named after the incident and its date, e.g. INC-2041-2026-11-20.md, in the current folder)',
    ...REPORT_LAYOUTS.map((layout) => `                  ${layout}: ${REPORT_LAYOUT_DESCRIPTORS[layout].sections.map((choice) => choice.id).join(', ')}`),
  ],
  options: {
    meeting: { type: 'string' },
    format: { type: 'string' },
    layout: { type: 'string' },
    sections: { type: 'string' },
    'key-moments': { type: 'boolean' },
    out: { type: 'string' },
    ...REDACTION_OPTIONS,
  },
  async run(context) {
    const meetingId = stringFlag(context.values, 'meeting');
    if (meetingId === undefined) return context.usageError('export needs --meeting ID');
    const choice = readChoice(context);
    if (typeof choice === 'string') return context.usageError(choice);
    const out = stringFlag(context.values, 'out');
    if (out === '') return context.usageError('--out must not be empty (use "-" for standard output)');
    if (out === '-' && choice.format === 'docx') return context.usageError('--out -: a Word document is binary; give --out FILE');

    const api = await context.api();
    const exported = api.call('archive.export', { meetingId });
    if (!exported.ok) return printApiError(context, exported.error);
    const backlog = api.call('actions.openFromEarlier', { meetingId });
    if (!backlog.ok) return printApiError(context, backlog.error);
    const material = redactedMaterial(api, exported.result, backlog.result, choice.redactKeep);
    if ('error' in material) return printApiError(context, material.error);
    const { content, fileName, doc } = await render(material.archive, material.backlog, choice);
    if (material.summary !== null) context.err(material.summary);
    const keyMomentsNote = choice.keyMoments && choice.format !== 'json' ? unchangedByKeyMoments(material.archive, doc) : null;
    if (keyMomentsNote !== null) context.err(`note: ${keyMomentsNote}`);
    const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;

    if (out === '-') {
      context.out(typeof content === 'string' ? content.replace(/\n$/, '') : '');
      return EXIT_OK;
    }
    const target = path.resolve(out ?? fileName);
    try {
      // The images first: the report is never left linking to a folder that is not there.
      if (choice.format === 'md') await writeImages(target, doc);
      await writeFileAtomically(target, bytes);
    } catch (error) {
      const reason = errorMessage(error);
      const message = `cannot write ${target}: ${reason}`;
      context.err(context.json ? JSON.stringify({ ok: false, error: { code: 'unwritable_file', message } }) : `error: ${message}`);
      return EXIT_FAILED;
    }
    const written: ExportReport = {
      path: target,
      format: choice.format,
      layout: choice.layout,
      bytes: bytes.byteLength,
      ...(material.counts ? { redaction: material.counts } : {}),
    };
    context.out(context.json ? JSON.stringify(written, null, 2) : target);
    return EXIT_OK;
  },
};
