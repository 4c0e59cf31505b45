import { parseCsv } from '../csv.ts';
import { parseCsvTimeline } from '../csv-timeline.ts';
import { unreadable } from './file-text.ts';
import { sniffFile } from './sniff-file.ts';
import type { TimelineReader } from './timeline-reader.ts';

const TIME_COLUMN = /^time$/i;
const EVENT_COLUMN = /^(event|description)$/i;

/** CSV with a header row naming at least a time and an event (or description) column. */
export const csvReader: TimelineReader = {
  format: 'csv',
  label: 'CSV (time, event, actor, phase)',
  extensions: ['csv'],
  detect({ text }) {
    if (text === null) return false;
    const firstLine = text.slice(0, 4_096).split('\n', 1)[0] ?? '';
    const header = parseCsv(firstLine)[0]?.fields.map((name) => name.trim()) ?? [];
    return header.some((name) => TIME_COLUMN.test(name)) && header.some((name) => EVENT_COLUMN.test(name));
  },
  read(file, options) {
    const text = sniffFile(file).text;
    return text === null ? unreadable('file: is not UTF-8 text') : parseCsvTimeline(text, options);
  },
};
