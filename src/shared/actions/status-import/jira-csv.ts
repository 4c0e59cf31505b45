import Papa from 'papaparse';

/** One issue of a Jira CSV export, as far as bringing a status back needs it. */
export interface JiraRow {
  /** The line of the file the row starts on (1 is the header); a quoted multi-line field spans several. */
  line: number;
  /** "Issue key", e.g. PAY-7; empty when the export has no such column. */
  issueKey: string;
  summary: string;
  status: string;
  /** "Status Category" (To Do, In Progress, Done); null when the export has no such column or the cell is empty. */
  statusCategory: string | null;
  /** Every label of the issue, from all the Labels columns. */
  labels: string[];
}

export interface JiraCsvProblem {
  /** The line the problem is on, or null for the file as a whole. */
  line: number | null;
  message: string;
}

export type JiraCsv = { ok: true; rows: JiraRow[] } | { ok: false; errors: JiraCsvProblem[] };

const BYTE_ORDER_MARK = '\uFEFF';
const LINE_BREAK = /\r\n|\r|\n/g;

const columnName = (header: string) => header.trim().replace(/\s+/g, ' ').toLowerCase();

function columnsNamed(header: readonly string[], name: string): number[] {
  return header.flatMap((cell, index) => (columnName(cell) === name ? [index] : []));
}

interface RawRow {
  line: number;
  cells: string[];
}

/**
 * The rows of the file with the line each starts on. Parsed without papaparse's header mode, which renames a
 * repeated column ("Labels_1"), because Jira writes one Labels column per label and they all count.
 */
function readRows(text: string): { rows: RawRow[]; errors: JiraCsvProblem[] } {
  const rows: RawRow[] = [];
  const errors: JiraCsvProblem[] = [];
  let lineAtCursor = 1;
  let cursor = 0;
  const advanceTo = (offset: number) => {
    lineAtCursor += text.slice(cursor, offset).match(LINE_BREAK)?.length ?? 0;
    cursor = offset;
  };
  Papa.parse<string[]>(text, {
    header: false,
    delimitersToGuess: [',', ';', '\t'],
    step(result) {
      const startLine = lineAtCursor;
      // A file with no comma, semicolon or tab falls back to commas; the header check then says what is missing.
      for (const error of result.errors.filter(({ code }) => code !== 'UndetectableDelimiter')) {
        const at = error.index ?? cursor;
        const errorLine = startLine + (text.slice(cursor, Math.max(at, cursor)).match(LINE_BREAK)?.length ?? 0);
        errors.push({ line: errorLine, message: `not valid CSV: ${error.message}` });
      }
      advanceTo(result.meta.cursor);
      rows.push({ line: startLine, cells: result.data });
    },
  });
  return { rows, errors };
}

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

/**
 * Reads a Jira "Export CSV" file (all fields or current fields): a header row naming the columns, among them
 * Status and one Labels column per label; Issue key, Summary and Status Category are used when present.
 */
export function readJiraCsv(csvText: string): JiraCsv {
  const text = csvText.startsWith(BYTE_ORDER_MARK) ? csvText.slice(BYTE_ORDER_MARK.length) : csvText;
  const { rows, errors } = readRows(text);
  if (errors.length > 0) return { ok: false, errors };
  const [headerRow, ...dataRows] = rows.filter((row) => !isBlank(row.cells));
  if (headerRow === undefined) return { ok: false, errors: [{ line: null, message: 'the file is empty: expected a Jira CSV export with a header row' }] };

  const header = headerRow.cells;
  const [status] = columnsNamed(header, 'status');
  const labels = columnsNamed(header, 'labels');
  const missing = [...(status === undefined ? ['Status'] : []), ...(labels.length === 0 ? ['Labels'] : [])];
  if (status === undefined || missing.length > 0) {
    return {
      ok: false,
      errors: [
        {
          line: headerRow.line,
          message: `the header has no ${missing.join(' or ')} column: export the issues from Jira with the Status and Labels fields (Export CSV, all fields)`,
        },
      ],
    };
  }
  const [issueKey] = columnsNamed(header, 'issue key');
  const [summary] = columnsNamed(header, 'summary');
  const [statusCategory] = columnsNamed(header, 'status category');
  const cell = (cells: readonly string[], index: number | undefined) => (index === undefined ? '' : (cells[index] ?? '').trim());

  return {
    ok: true,
    rows: dataRows.map(({ line, cells }) => ({
      line,
      issueKey: cell(cells, issueKey),
      summary: cell(cells, summary),
      status: cell(cells, status),
      statusCategory: cell(cells, statusCategory) || null,
      // Jira labels hold no spaces; an older export writes them space-separated in one cell.
      labels: labels.flatMap((index) => cell(cells, index).split(/\s+/)).filter((label) => label !== ''),
    })),
  };
}
