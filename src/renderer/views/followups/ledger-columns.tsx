import type { ReactNode } from 'react';
import type { FollowupColumn, FollowupRow } from '../../../shared/api/followups.ts';
import { ACTION_CATEGORY_LABELS, ACTION_HORIZON_LABELS, ACTION_STATUS_LABELS } from '../../../shared/domain/actions.ts';
import { outcomeText } from '../../../shared/report/sections/effectiveness.ts';
import { calendarDateAt, dateTimeTextAt } from '../../../shared/time/zoned-time.ts';
import { hrefFor } from '../../routing/routes.ts';

export interface LedgerColumn {
  key: FollowupColumn | 'effectiveness';
  /** The sort the header's button asks for; a column without one has a plain header. */
  sortBy?: FollowupColumn;
  label: string;
  /** Width in the table's fixed layout; empty for the one column that takes what is left (the title). */
  width: string;
  cell(row: FollowupRow, timeZone: string): ReactNode;
}

const daysText = (days: number) => (days === 1 ? '1 day' : `${days} days`);

/**
 * The ledger's columns in order; each sortable one names its key in FOLLOWUP_COLUMNS (src/shared/api/followups.ts).
 * The effectiveness result is shown, not sorted (see FOLLOWUP_COLUMNS).
 */
export const LEDGER_COLUMNS: readonly LedgerColumn[] = [
  {
    key: 'title',
    sortBy: 'title',
    label: 'Action',
    width: '',
    cell: (row) => (
      <span className="ledger__title" dir="auto" title={row.item.title}>
        {row.item.title}
      </span>
    ),
  },
  {
    key: 'review',
    sortBy: 'review',
    label: 'Review',
    width: '10.5rem',
    cell: (row) => (
      <a className="ledger__review" href={hrefFor({ name: 'meeting', meetingId: row.review.id })} title={row.review.title}>
        {row.review.incidentId ? (
          <>
            <bdi className="ledger__incident">{row.review.incidentId}</bdi>{' '}
          </>
        ) : null}
        <bdi>{row.review.title}</bdi>
      </a>
    ),
  },
  {
    key: 'owner',
    sortBy: 'owner',
    label: 'Owner',
    width: '6.5rem',
    cell: (row) => (row.item.owner ? <bdi>{row.item.owner}</bdi> : <span className="muted">Nobody yet</span>),
  },
  {
    key: 'dueOn',
    sortBy: 'dueOn',
    label: 'Due',
    width: '6.5rem',
    cell: (row) =>
      row.item.dueOn ? (
        <span className="ledger__due">
          <time dateTime={row.item.dueOn}>{row.item.dueOn}</time>
          {row.overdue ? <span className="ledger__flag ledger__flag--overdue">Overdue</span> : null}
        </span>
      ) : (
        <span className="muted">No date</span>
      ),
  },
  { key: 'priority', sortBy: 'priority', label: 'Priority', width: '5rem', cell: (row) => row.item.priority },
  { key: 'horizon', sortBy: 'horizon', label: 'Horizon', width: '6.25rem', cell: (row) => ACTION_HORIZON_LABELS[row.item.horizon] },
  {
    key: 'category',
    sortBy: 'category',
    label: 'Category',
    width: '6.75rem',
    cell: (row) => (row.item.category ? ACTION_CATEGORY_LABELS[row.item.category] : <span className="muted">None</span>),
  },
  {
    key: 'status',
    sortBy: 'status',
    label: 'Status',
    width: '6.5rem',
    cell: (row) => (
      <span className="ledger__status">
        {ACTION_STATUS_LABELS[row.item.status]}
        {row.stale ? <span className="ledger__flag ledger__flag--stale">Stale</span> : null}
      </span>
    ),
  },
  {
    key: 'effectiveness',
    label: 'Effectiveness',
    width: '11.5rem',
    cell: (row, timeZone) => {
      const result = row.effectiveness;
      const recorded = result ? calendarDateAt(result.recordedAt, timeZone) : '';
      return (
        <span className="ledger__effect" title={result?.note ? `${recorded}: ${result.note}` : recorded || undefined}>
          <span className={result ? undefined : 'muted'}>{outcomeText(result)}</span>
          {result ? <span className="visually-hidden">, recorded {recorded}</span> : null}
          {result?.note ? (
            <span className="ledger__effect-note" dir="auto">
              <span className="visually-hidden">Note: </span>
              {result.note}
            </span>
          ) : null}
        </span>
      );
    },
  },
  { key: 'age', sortBy: 'age', label: 'Age', width: '5rem', cell: (row) => daysText(row.ageDays) },
  {
    key: 'lastChange',
    sortBy: 'lastChange',
    label: 'Last change',
    width: '6.5rem',
    cell: (row, timeZone) => (
      <time dateTime={new Date(row.item.updatedAt).toISOString()} title={dateTimeTextAt(row.item.updatedAt, timeZone)}>
        {calendarDateAt(row.item.updatedAt, timeZone)}
      </time>
    ),
  },
];
