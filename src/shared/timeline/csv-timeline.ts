import { parseCsv } from './csv.ts';
import { checkEventText } from './event-fields.ts';
import { IMPORT_EVENTS_MAX, type ImportContext, type ImportPreview } from './import-result.ts';
import { PHASE_LIST_TEXT, phaseFromText } from './phase-text.ts';
import { parseTimestampText } from './timestamp-text.ts';

interface Columns {
  time: number;
  description: number;
  actor: number | null;
  phase: number | null;
}

const COLUMN_NAMES: Readonly<Record<string, keyof Columns>> = {
  time: 'time',
  event: 'description',
  description: 'description',
  actor: 'actor',
  phase: 'phase',
};

function findColumns(header: readonly string[]): Columns | string {
  const found: Partial<Record<keyof Columns, number>> = {};
  for (const [position, name] of header.entries()) {
    const column = COLUMN_NAMES[name.trim().toLowerCase()];
    if (!column) continue;
    if (found[column] !== undefined) return `header: has two columns for ${column === 'description' ? 'event/description' : column}`;
    found[column] = position;
  }
  const missing = [found.time === undefined ? 'time' : null, found.description === undefined ? 'event (or description)' : null].filter((name) => name !== null);
  if (found.time === undefined || found.description === undefined) {
    return `header: needs the column${missing.length > 1 ? 's' : ''} ${missing.join(' and ')}; the first row has ${header.map((name) => `"${name.trim().slice(0, 30)}"`).join(', ')}`;
  }
  return { time: found.time, description: found.description, actor: found.actor ?? null, phase: found.phase ?? null };
}

/**
 * A timeline from CSV with a header row: time, event (or description), optional actor and phase, in any order and
 * letter case; other columns are ignored. Each row is imported or rejected with its line and the reason.
 */
export function parseCsvTimeline(text: string, context: ImportContext): ImportPreview {
  const preview: ImportPreview = { events: [], rejected: [] };
  const [header, ...rows] = parseCsv(text);
  if (!header) return { events: [], rejected: [{ line: 1, reason: 'file: is empty; it needs a header row with time and event' }] };
  if (header.error) return { events: [], rejected: [{ line: header.line, reason: `header: ${header.error}` }] };
  const columns = findColumns(header.fields);
  if (typeof columns === 'string') return { events: [], rejected: [{ line: header.line, reason: columns }] };

  for (const row of rows) {
    const reject = (reason: string) => preview.rejected.push({ line: row.line, reason });
    if (row.error) {
      reject(`row: ${row.error}`);
      continue;
    }
    const cell = (position: number | null) => (position === null ? '' : (row.fields[position] ?? ''));
    const time = parseTimestampText(cell(columns.time), context);
    if (!time.ok) {
      reject(`time: ${time.message}`);
      continue;
    }
    const text = checkEventText(cell(columns.description), cell(columns.actor));
    if (!text.ok) {
      reject(text.reason);
      continue;
    }
    const phaseText = cell(columns.phase).trim();
    const phase = phaseText === '' ? 'other' : phaseFromText(phaseText);
    if (phase === null) {
      reject(`phase: "${phaseText.slice(0, 30)}" is not one of ${PHASE_LIST_TEXT}`);
      continue;
    }
    if (preview.events.length >= IMPORT_EVENTS_MAX) {
      reject(`row: one file gives at most ${IMPORT_EVENTS_MAX.toLocaleString('en-US')} events`);
      continue;
    }
    preview.events.push({
      line: row.line,
      occurredAt: time.occurredAt,
      precision: time.precision,
      description: text.description,
      actor: text.actor,
      phase,
      source: 'csv_import',
      origin: '',
    });
  }
  return preview;
}
