import type { ImportPreview } from '../import-result.ts';
import { alertmanagerReader } from './alertmanager-reader.ts';
import { chatReader } from './chat-reader.ts';
import { csvReader } from './csv-reader.ts';
import { slackReader } from './slack-reader.ts';
import { jsonlReader } from './jsonl-reader.ts';
import { githubDeploymentsReader } from './github-deployments-reader.ts';
import { opsgenieReader } from './opsgenie-reader.ts';
import { pagerdutyReader } from './pagerduty-reader.ts';
import { sniffFile } from './sniff-file.ts';
import { TIMELINE_FORMATS, type ReaderOptions, type TimelineFile, type TimelineFormat, type TimelineReader } from './timeline-reader.ts';

/** Every reader; a new format is one file in this folder and one line here. */
const READERS: readonly TimelineReader[] = [
  slackReader,
  pagerdutyReader,
  opsgenieReader,
  alertmanagerReader,
  githubDeploymentsReader,
  jsonlReader,
  csvReader,
  chatReader,
];

const BY_FORMAT = new Map(READERS.map((reader) => [reader.format, reader]));

/** The formats this build reads, in detection order. */
export const readableFormats = (): TimelineReader[] =>
  TIMELINE_FORMATS.flatMap((format) => {
    const reader = BY_FORMAT.get(format);
    return reader ? [reader] : [];
  });

export function readerFor(format: TimelineFormat): TimelineReader {
  const reader = BY_FORMAT.get(format);
  if (!reader) throw new Error(`No reader for the format ${format}`);
  return reader;
}

/** The first format whose reader recognises the file, else the one its name's ending suggests, else null. */
export function detectFormat(file: TimelineFile): TimelineFormat | null {
  const sniffed = sniffFile(file);
  const readers = readableFormats();
  const recognised = readers.find((reader) => reader.detect(sniffed));
  if (recognised) return recognised.format;
  const ending = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? '';
  return readers.find((reader) => reader.extensions?.includes(ending))?.format ?? null;
}

export type ReadTimelineFile = { ok: true; format: TimelineFormat; preview: ImportPreview } | { ok: false; message: string };

/** Reads a file in the given format, or the detected one; says which formats exist when none fits. */
export function readTimelineFile(file: TimelineFile, options: ReaderOptions, format?: TimelineFormat): ReadTimelineFile {
  const chosen = format ?? detectFormat(file);
  if (chosen === null) {
    return {
      ok: false,
      message: `format: ${file.name} is not a format Debrief recognises; choose one of ${readableFormats()
        .map((reader) => reader.format)
        .join(', ')}`,
    };
  }
  return { ok: true, format: chosen, preview: readerFor(chosen).read(file, options) };
}
