import Papa from 'papaparse';
import { ACTION_CATEGORY_LABELS, ACTION_HORIZON_LABELS, ACTION_STATUS_LABELS } from '../../domain/actions.ts';
import { trackerKey } from '../tracker-key.ts';
import type { TrackerExport, TrackerExportInput } from './types.ts';

export const PLAIN_CSV_COLUMNS = ['Key', 'Incident', 'Review', 'Title', 'Owner', 'Due date', 'Priority', 'Horizon', 'Category', 'Status', 'Addresses'] as const;

/**
 * A spreadsheet runs a cell starting with "=", "+", "-" or "@" as a formula (CSV injection); a leading "'" makes it
 * text. Only this format does it: trackers store text as typed.
 */
export function spreadsheetText(text: string): string {
  return /^[=+\-@]/.test(text) ? `'${text}` : text;
}

/**
 * Excel reads a CSV without a byte order mark in the system's legacy code page, garbling every non-ASCII name; with
 * one it reads UTF-8. LibreOffice and Google Sheets accept it too.
 */
const UTF8_BOM = '\uFEFF';

/** Every field of every item, for a spreadsheet. */
export function writePlainCsv(input: TrackerExportInput): TrackerExport {
  const rows = input.actions.map(({ item, review, addresses }) =>
    [
      trackerKey(item.id),
      review.incidentId,
      review.title,
      item.title,
      item.owner,
      item.dueOn ?? '',
      item.priority,
      ACTION_HORIZON_LABELS[item.horizon],
      item.category === null ? '' : ACTION_CATEGORY_LABELS[item.category],
      ACTION_STATUS_LABELS[item.status],
      addresses ?? '',
    ].map(spreadsheetText),
  );
  return { text: `${UTF8_BOM}${Papa.unparse({ fields: [...PLAIN_CSV_COLUMNS], data: rows }, { escapeFormulae: false })}\r\n`, warnings: [] };
}
