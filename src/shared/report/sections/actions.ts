import { ACTION_HORIZONS, ACTION_STATUS_LABELS, type ActionHorizon, type ActionItem } from '../../domain/actions.ts';
import type { ReportNode } from '../nodes.ts';
import type { ReportContext } from './context.ts';
import { empty, heading, listOr } from './nodes.ts';

export const NO_ACTION_ITEMS = 'No action items were agreed.';
export const UNASSIGNED = 'Unassigned';

const ownerText = (action: ActionItem): string => (action.owner === '' ? UNASSIGNED : action.owner);

/** Seed 001's action table: # / Action / Owner / Priority / Due / Status. */
export function actionTableNodes(context: ReportContext): ReportNode[] {
  const actions = context.source.actions;
  if (actions.length === 0) return [empty(NO_ACTION_ITEMS)];
  return [
    {
      type: 'table',
      columns: [
        { title: '#', width: 5 },
        { title: 'Action', width: 43 },
        { title: 'Owner', width: 16 },
        { title: 'Priority', width: 10 },
        { title: 'Due', width: 13 },
        { title: 'Status', width: 13 },
      ],
      rows: actions.map((action, index) => [
        String(index + 1),
        action.title,
        ownerText(action),
        action.priority,
        action.dueOn ?? 'Not set',
        ACTION_STATUS_LABELS[action.status],
      ]),
    },
  ];
}

/** Seed 004's recommended items: "[P0] Action — owner". */
export function recommendedActionNodes(context: ReportContext): ReportNode[] {
  return listOr(
    true,
    context.source.actions.map((action) => `[${action.priority}] ${action.title} — ${ownerText(action)}`),
    NO_ACTION_ITEMS,
  );
}

/** "Action — owner, due 2026-11-27 (Open)" for lists that are not the table. */
export function actionLine(action: ActionItem): string {
  const due = action.dueOn === null ? 'no due date' : `due ${action.dueOn}`;
  return `${action.title} — ${ownerText(action)}, ${due} (${ACTION_STATUS_LABELS[action.status]})`;
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
    ...listOr(false, context.source.actions.filter((action) => action.horizon === horizon).map(actionLine), HORIZON_EMPTY[horizon]),
  ]);
}

/** Items not yet done or cancelled: the residual risk while they stay open. */
export function openActions(context: ReportContext): ActionItem[] {
  return context.source.actions.filter((action) => action.status === 'open' || action.status === 'in_progress');
}
