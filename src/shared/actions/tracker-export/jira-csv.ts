import Papa from 'papaparse';
import type { ActionPriority } from '../../domain/actions.ts';
import { trackerKey } from '../tracker-key.ts';
import { actionFactLines, ownerIdentity } from './action-text.ts';
import type { TrackerExport, TrackerExportInput } from './types.ts';

/** Jira's importer takes several labels as the same column repeated, as Jira's own CSV export writes them. */
export const JIRA_CSV_COLUMNS = ['Summary', 'Description', 'Issue Type', 'Priority', 'Assignee', 'Due date', 'Labels', 'Labels'] as const;

export const JIRA_ISSUE_TYPE = 'Task';
export const POSTMORTEM_LABEL = 'postmortem';

/**
 * Jira's default priority scheme is Highest, High, Medium, Low, Lowest. P0 is "drop everything" and P2 the ordinary
 * follow-up, so they take the top three; Low and Lowest stay unused, since a post-mortem action is never optional work.
 */
export const JIRA_PRIORITY: Record<ActionPriority, string> = { P0: 'Highest', P1: 'High', P2: 'Medium' };

/**
 * A CSV for Jira's "Import issues from CSV": one row per item, every text as typed. A leading "=" is left alone on
 * purpose: Jira stores text, it does not evaluate it, and the status import matches rows by the key in Labels.
 * Due dates are YYYY-MM-DD; the importer's date format must be set to yyyy-MM-dd.
 */
export function writeJiraCsv(input: TrackerExportInput): TrackerExport {
  const warnings: string[] = [];
  const rows = input.actions.map((action) => {
    const assignee = ownerIdentity(action, input.people, 'jira');
    if (assignee.warning !== null) warnings.push(assignee.warning);
    return [
      action.item.title,
      actionFactLines(action).join('\n'),
      JIRA_ISSUE_TYPE,
      JIRA_PRIORITY[action.item.priority],
      assignee.identity,
      action.item.dueOn ?? '',
      trackerKey(action.item.id),
      POSTMORTEM_LABEL,
    ];
  });
  return { text: `${Papa.unparse({ fields: [...JIRA_CSV_COLUMNS], data: rows }, { escapeFormulae: false })}\r\n`, warnings };
}
