import type { ActionItem, ActionStatus } from '../../domain/actions.ts';
import { actionIdOfTrackerKey } from '../tracker-key.ts';
import { readJiraCsv, type JiraCsvProblem, type JiraRow } from './jira-csv.ts';
import { actionStatusOfJira } from './jira-status.ts';

export type CurrentItem = Pick<ActionItem, 'id' | 'title' | 'status'>;

/** Where in the export a finding comes from. */
export interface RowRef {
  line: number;
  /** The issue's key in Jira, e.g. PAY-7; empty when the export has no Issue key column. */
  jiraKey: string;
}

export interface StatusChange extends RowRef {
  itemId: string;
  title: string;
  from: ActionStatus;
  to: ActionStatus;
}

export interface UnchangedStatus extends RowRef {
  itemId: string;
  title: string;
  status: ActionStatus;
}

/** A Jira status that belongs to none of the three categories: shown, and the item is left as it is. */
export interface UnknownStatus extends RowRef {
  itemId: string;
  title: string;
  status: string;
  statusCategory: string | null;
}

/**
 * A row that names no action item: it carries none of our keys (an issue made in Jira), or its key names an item
 * that is not (or no longer) stored.
 */
export interface UnmatchedRow extends RowRef {
  summary: string;
  reason: 'no-key' | 'no-item';
  /** The missing item's id, for `no-item`. */
  itemId: string | null;
}

/** Several Jira issues carry one item's key (a cloned issue keeps its labels) and disagree on its status. */
export interface ConflictingRows {
  itemId: string;
  title: string;
  rows: Array<RowRef & { status: string }>;
}

export interface StatusImportPlan {
  changes: StatusChange[];
  unchanged: UnchangedStatus[];
  unknownStatuses: UnknownStatus[];
  unmatchedRows: UnmatchedRow[];
  conflicts: ConflictingRows[];
  /** Why the file as a whole could not be read; when there are any, nothing else is planned. */
  errors: JiraCsvProblem[];
}

interface Finding {
  row: JiraRow;
  to: ActionStatus | null;
}

const ref = (row: JiraRow): RowRef => ({ line: row.line, jiraKey: row.issueKey });

function itemIdsOf(row: JiraRow): string[] {
  const ids = row.labels.map(actionIdOfTrackerKey).filter((id): id is string => id !== null);
  return [...new Set(ids)];
}

function emptyPlan(errors: JiraCsvProblem[] = []): StatusImportPlan {
  return { changes: [], unchanged: [], unknownStatuses: [], unmatchedRows: [], conflicts: [], errors };
}

/**
 * What importing a Jira CSV export would do to the stored action items, without doing it: each row is matched to
 * items by the `debrief-<id>` keys among its labels, and its status mapped by status category.
 */
export function planStatusImport(csvText: string, items: readonly CurrentItem[]): StatusImportPlan {
  const csv = readJiraCsv(csvText);
  if (!csv.ok) return emptyPlan(csv.errors);

  const plan = emptyPlan();
  const itemsById = new Map(items.map((item) => [item.id, item]));
  const findingsByItem = new Map<string, Finding[]>();
  for (const row of csv.rows) {
    const ids = itemIdsOf(row);
    if (ids.length === 0) plan.unmatchedRows.push({ ...ref(row), summary: row.summary, reason: 'no-key', itemId: null });
    for (const id of ids) {
      if (!itemsById.has(id)) {
        plan.unmatchedRows.push({ ...ref(row), summary: row.summary, reason: 'no-item', itemId: id });
        continue;
      }
      const findings = findingsByItem.get(id) ?? [];
      findings.push({ row, to: actionStatusOfJira(row.status, row.statusCategory) });
      findingsByItem.set(id, findings);
    }
  }

  for (const [id, findings] of findingsByItem) {
    const item = itemsById.get(id);
    const [first] = findings;
    if (item === undefined || first === undefined) continue;
    const outcomes = new Set(findings.map(({ row, to }) => to ?? `unknown:${row.status}|${row.statusCategory ?? ''}`));
    if (outcomes.size > 1) {
      plan.conflicts.push({ itemId: id, title: item.title, rows: findings.map(({ row }) => ({ ...ref(row), status: row.status })) });
    } else if (first.to === null) {
      plan.unknownStatuses.push({ ...ref(first.row), itemId: id, title: item.title, status: first.row.status, statusCategory: first.row.statusCategory });
    } else if (first.to === item.status) {
      plan.unchanged.push({ ...ref(first.row), itemId: id, title: item.title, status: item.status });
    } else {
      plan.changes.push({ ...ref(first.row), itemId: id, title: item.title, from: item.status, to: first.to });
    }
  }
  return plan;
}
