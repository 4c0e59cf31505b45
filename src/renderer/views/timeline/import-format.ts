import { parseChatTimeline } from '../../../shared/timeline/chat-timeline.ts';
import { parseCsvTimeline } from '../../../shared/timeline/csv-timeline.ts';
import type { ImportContext, ImportPreview } from '../../../shared/timeline/import-result.ts';

export type ImportFormat = 'csv' | 'chat';

export const IMPORT_FORMAT_LABELS: Readonly<Record<ImportFormat, string>> = {
  csv: 'CSV (time, event, actor, phase)',
  chat: 'Chat lines ([14:05] alice: text)',
};

/** What the dialog would import from the text, read in the chosen format. */
export function previewImport(text: string, format: ImportFormat, context: ImportContext): ImportPreview {
  if (text.trim() === '') return { events: [], rejected: [] };
  return format === 'csv' ? parseCsvTimeline(text, context) : parseChatTimeline(text, context);
}

/** A file named .csv is read as CSV, anything else (.txt, .log) as chat. */
export function formatForFileName(name: string): ImportFormat {
  return /\.csv$/i.test(name) ? 'csv' : 'chat';
}
