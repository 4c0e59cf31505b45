import { factorNameKey } from '../../../shared/domain/factors.ts';
import { DEFAULT_STALE_DAYS } from '../../../shared/actions/followup-rules.ts';
import { FOLLOWUP_PAGE_MAX, STALE_DAYS_MAX, type FollowupFilter, type FollowupRow } from '../../../shared/api/followups.ts';
import { ACTION_STATUSES, ACTION_STATUS_LABELS, type ActionStatus } from '../../../shared/domain/actions.ts';
import { outcomeText } from '../../../shared/report/sections/effectiveness.ts';
import { EXIT_OK, stringFlag, type Command } from '../command.ts';
import { cellText, formatLocalTime, formatTable } from '../format-table.ts';
import { printApiError } from '../print-error.ts';

const TITLE_WIDTH = 48;
const REVIEW_WIDTH = 32;

/** What `followups --json` prints. */
export interface FollowupsReport {
  today: string;
  staleDays: number;
  total: number;
  rows: FollowupRow[];
}

/** `in-progress` as typed on a command line, or `in_progress` as stored. */
function statusFrom(text: string): ActionStatus | undefined {
  const status = text.trim().toLowerCase().replace(/-/g, '_');
  return (ACTION_STATUSES as readonly string[]).includes(status) ? (status as ActionStatus) : undefined;
}

function stateWords(row: FollowupRow): string {
  return [row.overdue ? 'overdue' : '', row.stale ? 'stale' : ''].filter(Boolean).join(', ') || '-';
}

export function followupsTable(rows: readonly FollowupRow[]): string {
  return formatTable(
    ['ID', 'TITLE', 'REVIEW', 'OWNER', 'DUE', 'PRIORITY', 'STATUS', 'AGE', 'LAST CHANGE', 'STATE', 'EFFECT'],
    rows.map((row) => [
      row.item.id,
      cellText(row.item.title, TITLE_WIDTH),
      cellText([row.review.incidentId, row.review.title].filter(Boolean).join(' '), REVIEW_WIDTH),
      cellText(row.item.owner, 24) || '(nobody)',
      row.item.dueOn ?? '-',
      row.item.priority,
      ACTION_STATUS_LABELS[row.item.status],
      `${row.ageDays} d`,
      formatLocalTime(row.item.updatedAt),
      stateWords(row),
      outcomeText(row.effectiveness),
    ]),
  );
}

export const followupsCommand: Command = {
  name: 'followups',
  database: 'read',
  summary: 'The follow-ups ledger: action items of every review, soonest due first',
  usage: '[--owner NAME] [--status S …] [--overdue] [--stale] [--stale-days N] [--factor NAME]',
  flagHelp: [
    '--owner NAME     only this owner\'s items (ignoring case); --owner "" for the items nobody owns',
    '--status S       open, in-progress, done or cancelled; repeat it for several',
    '--overdue        past the due date and neither done nor cancelled',
    `--stale          open or in progress with no change for ${DEFAULT_STALE_DAYS} days (or --stale-days)`,
    `--stale-days N   the days without a change that make an item stale (1 to ${STALE_DAYS_MAX}, default ${DEFAULT_STALE_DAYS})`,
    "                 Dates are read in this computer's time zone.",
    '--factor NAME    only reviews with this contributing factor (ignoring case), on the review or a why or finding',
  ],
  options: {
    owner: { type: 'string' },
    status: { type: 'string', multiple: true },
    overdue: { type: 'boolean' },
    stale: { type: 'boolean' },
    'stale-days': { type: 'string' },
    factor: { type: 'string' },
  },
  async run(context) {
    const filter: FollowupFilter = {};
    const owner = stringFlag(context.values, 'owner');
    if (owner !== undefined) filter.owner = owner;
    const statusFlags = context.values.status;
    if (Array.isArray(statusFlags)) {
      const statuses: ActionStatus[] = [];
      for (const text of statusFlags.flatMap((value) => String(value).split(','))) {
        const status = statusFrom(text);
        if (status === undefined) return context.usageError(`--status: must be open, in-progress, done or cancelled, not "${text}"`);
        if (!statuses.includes(status)) statuses.push(status);
      }
      filter.status = statuses;
    }
    if (context.values.overdue === true) filter.overdue = true;
    if (context.values.stale === true) filter.stale = true;
    const staleText = stringFlag(context.values, 'stale-days');
    const staleDays = staleText === undefined ? DEFAULT_STALE_DAYS : Number(staleText);
    if (!Number.isInteger(staleDays) || staleDays < 1 || staleDays > STALE_DAYS_MAX) {
      return context.usageError(`--stale-days: must be a whole number of days from 1 to ${STALE_DAYS_MAX}, not "${staleText ?? ''}"`);
    }

    const api = await context.api();
    const factorName = stringFlag(context.values, 'factor');
    if (factorName !== undefined) {
      const factors = api.call('tags.factors', {});
      if (!factors.ok) return printApiError(context, factors.error);
      const factor = factors.result.find((each) => factorNameKey(each.name) === factorNameKey(factorName));
      if (!factor) return printApiError(context, { code: 'not_found', message: `No contributing factor named "${factorName}"` });
      filter.factor = factor.id;
    }
    // Page by page, all through the same API as the app; the ledger can be tens of thousands of items.
    const first = api.call('followups.list', { filter, staleDays, limit: FOLLOWUP_PAGE_MAX });
    if (!first.ok) return printApiError(context, first.error);
    const { total, today } = first.result;
    const rows: FollowupRow[] = [...first.result.rows];
    while (rows.length < total) {
      const page = api.call('followups.list', { filter, staleDays, today, offset: rows.length, limit: FOLLOWUP_PAGE_MAX });
      if (!page.ok) return printApiError(context, page.error);
      if (page.result.rows.length === 0) break;
      rows.push(...page.result.rows);
    }

    if (context.json) {
      const report: FollowupsReport = { today, staleDays, total, rows };
      context.out(JSON.stringify(report, null, 2));
    } else if (rows.length === 0) {
      context.out('No action items match.');
    } else {
      context.out(followupsTable(rows));
      const overdue = rows.filter((row) => row.overdue).length;
      const stale = rows.filter((row) => row.stale).length;
      context.out(`\n${total} ${total === 1 ? 'item' : 'items'}: ${overdue} overdue, ${stale} stale (today is ${today}).`);
    }
    return EXIT_OK;
  },
};
