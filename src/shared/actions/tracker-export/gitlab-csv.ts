import Papa from 'papaparse';
import { actionFactLines } from './action-text.ts';
import type { TrackerExport, TrackerExportInput } from './types.ts';

/** GitLab's issue CSV import reads these columns, title and description first, due_date as YYYY-MM-DD (GitLab 15.2+). */
export const GITLAB_CSV_COLUMNS = ['title', 'description', 'due_date'] as const;

/**
 * GitLab runs a description line that starts with "/" as a quick action (/close, /assign …). A backslash before it
 * keeps the line text: Markdown drops the backslash when it shows the line.
 */
function withoutQuickActions(text: string): string {
  return text.replace(/^(\s*)\//gm, '$1\\/');
}

/** A CSV for GitLab's "Import CSV" of issues; assignees are not a column there, so no identity is needed. */
export function writeGitlabCsv(input: TrackerExportInput): TrackerExport {
  const rows = input.actions.map((action) => [action.item.title, withoutQuickActions(actionFactLines(action).join('\n')), action.item.dueOn ?? '']);
  return { text: `${Papa.unparse({ fields: [...GITLAB_CSV_COLUMNS], data: rows }, { escapeFormulae: false })}\r\n`, warnings: [] };
}
