import { ACTION_STATUS_LABELS, type ActionStatus } from '../../domain/actions.ts';
import { trackerKey } from '../tracker-key.ts';
import type { ConflictingRows, RowRef, StatusChange, StatusImportPlan, UnknownStatus, UnmatchedRow } from './plan.ts';

const label = (status: ActionStatus) => ACTION_STATUS_LABELS[status].toLowerCase();
const where = ({ jiraKey, line }: RowRef) => (jiraKey === '' ? `line ${line}` : `${jiraKey} (line ${line})`);
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const changeText = (change: StatusChange) => `${where(change)}: "${change.title}" ${label(change.from)} → ${label(change.to)}`;

export function unknownStatusText(unknown: UnknownStatus): string {
  const category = unknown.statusCategory === null ? '' : ` (status category '${unknown.statusCategory}')`;
  return `unknown status '${unknown.status}'${category} for ${where(unknown)} "${unknown.title}": left unchanged`;
}

export function unmatchedRowText(row: UnmatchedRow): string {
  const summary = row.summary === '' ? '' : ` "${row.summary}"`;
  return row.reason === 'no-key'
    ? `${where(row)}${summary} has no ${trackerKey('<id>')} label: not from Debrief, skipped`
    : `${where(row)}${summary} names action item ${row.itemId ?? ''}, which is not stored (deleted?): skipped`;
}

export const conflictText = (conflict: ConflictingRows) =>
  `"${conflict.title}" is on several Jira issues with different statuses (${conflict.rows
    .map((row) => `${row.jiraKey || `line ${row.line}`}: ${row.status}`)
    .join(', ')}): left unchanged`;

/** One line of counts, e.g. "2 changes, 1 unchanged, 1 unknown status, 1 row skipped". */
export function planSummaryText(plan: StatusImportPlan): string {
  return [
    count(plan.changes.length, 'change', 'changes'),
    `${plan.unchanged.length} unchanged`,
    count(plan.unknownStatuses.length, 'unknown status', 'unknown statuses'),
    count(plan.conflicts.length, 'conflict', 'conflicts'),
    `${count(plan.unmatchedRows.length, 'row', 'rows')} skipped`,
  ].join(', ');
}

/** The plan as lines a person reads before it is applied: the changes first, then what is left alone and why. */
export function planText(plan: StatusImportPlan): string[] {
  return [
    ...plan.errors.map((error) => `error: ${error.line === null ? '' : `line ${error.line}: `}${error.message}`),
    ...plan.changes.map(changeText),
    ...plan.unknownStatuses.map(unknownStatusText),
    ...plan.conflicts.map(conflictText),
    ...plan.unmatchedRows.map(unmatchedRowText),
  ];
}
