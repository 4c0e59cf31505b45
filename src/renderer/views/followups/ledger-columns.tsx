import type { ReactNode } from 'react';
import type { FollowupColumn, FollowupRow } from '../../../shared/api/followups.ts';
import { ACTION_CATEGORY_LABELS, ACTION_HORIZON_LABELS, ACTION_STATUS_LABELS } from '../../../shared/domain/actions.ts';
import { calendarDateAt, dateTimeTextAt } from '../../../shared/time/zoned-time.ts';
import { hrefFor } from '../../routing/routes.ts';

export interface LedgerColumn {
  key: FollowupColumn;
  label: string;
  /** Width in the table's fixed layout; empty for the one column that takes what is left (the title). */
  width: string;
  cell(row: FollowupRow, timeZone: string): ReactNode;
}

const daysText = (days: number) => (days === 1 ? '1 day' : `${days} days`);

/**
 * The ledger's columns in order, each sortable by its key (FOLLOWUP_COLUMNS in src/shared/api/followups.ts). A new
 * column, such as the effectiveness result of the 30-day review, is one more entry here once the API returns it.
 */
export const LEDGER_COLUMNS: readonly LedgerColumn[] = [
  {
    key: 'title',
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
    label: 'Review',
    width: '12rem',
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
    label: 'Owner',
    width: '8rem',
    cell: (row) => (row.item.owner ? <bdi>{row.item.owner}</bdi> : <span className="muted">Nobody yet</span>),
  },
  {
    key: 'dueOn',
    label: 'Due',
    width: '7.5rem',
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
  { key: 'priority', label: 'Priority', width: '5rem', cell: (row) => row.item.priority },
  { key: 'horizon', label: 'Horizon', width: '6.5rem', cell: (row) => ACTION_HORIZON_LABELS[row.item.horizon] },
  {
    key: 'category',
    label: 'Category',
    width: '7.5rem',
    cell: (row) => (row.item.category ? ACTION_CATEGORY_LABELS[row.item.category] : <span className="muted">None</span>),
  },
  {
    key: 'status',
    label: 'Status',
    width: '7.5rem',
    cell: (row) => (
      <span className="ledger__status">
        {ACTION_STATUS_LABELS[row.item.status]}
        {row.stale ? <span className="ledger__flag ledger__flag--stale">Stale</span> : null}
      </span>
    ),
  },
  { key: 'age', label: 'Age', width: '5.5rem', cell: (row) => daysText(row.ageDays) },
  {
    key: 'lastChange',
    label: 'Last change',
    width: '7rem',
    cell: (row, timeZone) => (
      <time dateTime={new Date(row.item.updatedAt).toISOString()} title={dateTimeTextAt(row.item.updatedAt, timeZone)}>
        {calendarDateAt(row.item.updatedAt, timeZone)}
      </time>
    ),
  },
];
