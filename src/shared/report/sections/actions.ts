import {
  ACTION_CATEGORY_LABELS,
  ACTION_HORIZON_LABELS,
  ACTION_HORIZONS,
  ACTION_STATUS_LABELS,
  type ActionHorizon,
  type ActionItem,
} from '../../domain/actions.ts';
import { NOTE_CATEGORY_LABELS } from '../../domain/notes.ts';
import { WHY_KIND_LABELS } from '../../domain/whys.ts';
import type { ReportNode } from '../nodes.ts';
import type { ReportContext } from './context.ts';
import { empty, heading, listOr, paragraph } from './nodes.ts';

export const NO_ACTION_ITEMS = 'No action items were agreed.';
export const UNASSIGNED = 'Unassigned';

const ownerText = (action: ActionItem): string => (action.owner === '' ? UNASSIGNED : action.owner);

export const NO_FINDING = 'No finding linked';
export const NO_CATEGORY = 'No category';

/** The finding an item addresses, with its kind: "Root cause: Timeouts go through …" or "What could be improved: …". */
export function findingText(context: ReportContext, action: ActionItem): string {
  if (action.whyId !== null) {
    const why = context.source.whys.find((candidate) => candidate.id === action.whyId);
    if (why && why.text !== '') return `${WHY_KIND_LABELS[why.kind]}: ${why.text}`;
  }
  if (action.noteId !== null) {
    const note = context.source.notes.find((candidate) => candidate.id === action.noteId);
    if (note && note.text !== '') return `${NOTE_CATEGORY_LABELS[note.category]}: ${note.text}`;
  }
  return NO_FINDING;
}

const categoryText = (action: ActionItem): string => (action.category === null ? NO_CATEGORY : ACTION_CATEGORY_LABELS[action.category]);

/** Seed 001's action table (# / Action / Owner / Priority / Due / Status), then what each item addresses and when and where it lands. */
export function actionTableNodes(context: ReportContext): ReportNode[] {
  const actions = context.source.actions;
  if (actions.length === 0) return [empty(NO_ACTION_ITEMS)];
  return [
    {
      type: 'table',
      columns: [
        { title: '#', width: 4 },
        { title: 'Action', width: 22 },
        { title: 'Owner', width: 11 },
        { title: 'Priority', width: 7 },
        { title: 'Due', width: 10 },
        { title: 'Status', width: 8 },
        { title: 'Horizon', width: 9 },
        { title: 'Category', width: 9 },
        { title: 'Addresses', width: 20 },
      ],
      rows: actions.map((action, index) => [
        String(index + 1),
        action.title,
        ownerText(action),
        action.priority,
        action.dueOn ?? 'Not set',
        ACTION_STATUS_LABELS[action.status],
        ACTION_HORIZON_LABELS[action.horizon],
        categoryText(action),
        findingText(context, action),
      ]),
    },
  ];
}

/** Seed 004's recommended items: "[P0] Action — owner", with what each addresses. */
export function recommendedActionNodes(context: ReportContext): ReportNode[] {
  return listOr(
    true,
    context.source.actions.map((action) => `[${action.priority}] ${action.title} — ${ownerText(action)}${addressesSuffix(context, action)}`),
    NO_ACTION_ITEMS,
  );
}

const addressesSuffix = (context: ReportContext, action: ActionItem): string => {
  const finding = findingText(context, action);
  return finding === NO_FINDING ? '' : ` (addresses ${finding})`;
};

/**
 * "Action — owner, due 2026-11-27 (Open) · Quick win · Monitoring (addresses Root cause: …)" for lists that are not
 * the table.
 */
export function actionLine(context: ReportContext, action: ActionItem): string {
  const due = action.dueOn === null ? 'no due date' : `due ${action.dueOn}`;
  const kind = [ACTION_HORIZON_LABELS[action.horizon], ...(action.category === null ? [] : [ACTION_CATEGORY_LABELS[action.category]])].join(' · ');
  return `${action.title} — ${ownerText(action)}, ${due} (${ACTION_STATUS_LABELS[action.status]}) · ${kind}${addressesSuffix(context, action)}`;
}

export const HORIZON_TITLES: Readonly<Record<ActionHorizon, string>> = {
  quick_win: 'Quick wins (this week)',
  short_term: 'Short term (this sprint or cycle)',
  long_term: 'Long term (schedule in planning)',
};

const HORIZON_EMPTY: Readonly<Record<ActionHorizon, string>> = {
  quick_win: 'No quick wins were agreed.',
  short_term: 'No short-term items were agreed.',
  long_term: 'No long-term items were agreed.',
};

/** Seed 004's tracker: the items grouped into quick wins, short term and long term, each group in meeting order. */
export function actionTrackerNodes(context: ReportContext): ReportNode[] {
  if (context.source.actions.length === 0) return [empty(NO_ACTION_ITEMS)];
  return ACTION_HORIZONS.flatMap((horizon) => [
    heading(3, HORIZON_TITLES[horizon]),
    ...listOr(
      false,
      context.source.actions.filter((action) => action.horizon === horizon).map((action) => actionLine(context, action)),
      HORIZON_EMPTY[horizon],
    ),
  ]);
}

/** Items not yet done or cancelled: the residual risk while they stay open. */
export function openActions(context: ReportContext): ActionItem[] {
  return context.source.actions.filter((action) => action.status === 'open' || action.status === 'in_progress');
}

export const BACKLOG_CHECK_TITLE = 'Still open from earlier incidents';
export const NO_BACKLOG = 'No action items from earlier incidents on these services are still open.';

/**
 * The backlog check (issue 15, as Atlassian's template has one): the items earlier reviews of the same services left
 * open, so the room sees what was promised before. Nothing when the source carries no backlog.
 */
export function backlogCheckNodes(context: ReportContext, level: 3 | 4): ReportNode[] {
  const backlog = context.source.backlog;
  if (backlog === undefined) return [];
  if (backlog.length === 0) return [heading(level, BACKLOG_CHECK_TITLE), empty(NO_BACKLOG)];
  return [
    heading(level, BACKLOG_CHECK_TITLE),
    paragraph(
      `${backlog.length} ${backlog.length === 1 ? 'item' : 'items'} from earlier reviews of the same services ${backlog.length === 1 ? 'is' : 'are'} not done yet.`,
    ),
    {
      type: 'table',
      columns: [
        { title: 'Action', width: 26 },
        { title: 'Owner', width: 12 },
        { title: 'Due', width: 10 },
        { title: 'Status', width: 9 },
        { title: 'From review', width: 25 },
        { title: 'Services', width: 18 },
      ],
      rows: backlog.map((entry) => [
        entry.item.title,
        ownerText(entry.item),
        entry.item.dueOn ?? 'Not set',
        ACTION_STATUS_LABELS[entry.item.status],
        entry.incidentId === '' ? entry.reviewTitle : `${entry.incidentId}: ${entry.reviewTitle}`,
        entry.sharedServices.join(', '),
      ]),
    },
  ];
}

/** The action-items section: the table, then the backlog check. */
export function actionItemsSectionNodes(context: ReportContext): ReportNode[] {
  return [...actionTableNodes(context), ...backlogCheckNodes(context, 3)];
}
