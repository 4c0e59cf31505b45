import type { ImportPreview } from '../../../shared/timeline/import-result.ts';
import { detectFormat, readerFor } from '../../../shared/timeline/formats/registry.ts';
import type { ReaderChoices, ReaderOptions, TimelineFile, TimelineFormat } from '../../../shared/timeline/formats/timeline-reader.ts';

/** What the person gave the dialog: a chosen or dropped file, or pasted text. */
export type ImportSource = { kind: 'file'; file: TimelineFile } | { kind: 'paste'; text: string };

/** "Recognise it" or one named format. */
export type FormatChoice = TimelineFormat | 'auto';

const PASTED = 'pasted text';

/** The source as a file the readers take, or null when there is nothing yet. */
export function sourceFile(source: ImportSource): TimelineFile | null {
  if (source.kind === 'file') return source.file;
  return source.text.trim() === '' ? null : { name: PASTED, bytes: new TextEncoder().encode(source.text) };
}

export interface SourcePreview {
  /** The format read, or null when none could be told (then `message` says so). */
  format: TimelineFormat | null;
  choices: ReaderChoices;
  preview: ImportPreview;
  message: string | null;
}

const NOTHING: SourcePreview = { format: null, choices: {}, preview: { events: [], rejected: [] }, message: null };

/** The format a file is read as: the chosen one, or the one its content (or name) shows. */
export function formatOf(file: TimelineFile, choice: FormatChoice): TimelineFormat | null {
  return choice === 'auto' ? detectFormat(file) : choice;
}

/** What the file offers to choose from (Slack channels, JSON Lines fields) in the format it is read as. */
export function choicesOf(file: TimelineFile | null, format: TimelineFormat | null): ReaderChoices {
  if (!file || !format) return {};
  return readerFor(format).choices?.(file) ?? {};
}

/** What the dialog would import: read in the chosen format, or the recognised one. */
export function previewSource(file: TimelineFile | null, format: TimelineFormat | null, choices: ReaderChoices, options: ReaderOptions): SourcePreview {
  if (!file) return NOTHING;
  if (!format) {
    return {
      ...NOTHING,
      message: `${file.name === PASTED ? 'The pasted text' : file.name} is not in a format Debrief recognises. Choose its format under “Read as”.`,
    };
  }
  return { format, choices, preview: readerFor(format).read(file, options), message: null };
}
