import { ACTION_STATUS_LABELS, type ActionItem } from '../../domain/actions.ts';
import { EFFECTIVENESS_OUTCOME_LABELS, EFFECTIVENESS_OUTCOMES, type EffectivenessResult } from '../../domain/effectiveness.ts';
import { calendarDateAt } from '../../time/zoned-time.ts';
import type { ReportNode } from '../nodes.ts';
import type { ReportContext } from './context.ts';
import { empty, paragraph } from './nodes.ts';

export const NO_EFFECTIVENESS_REVIEW = 'No effectiveness review has been held yet.';
export const NOT_CHECKED = 'Not checked';
export const NOT_SAID = 'Not said';

/** Whether the item worked, in words: its outcome, "Not said" when a check left it open, "Not checked" before any. */
export function outcomeText(result: EffectivenessResult | null | undefined): string {
  if (result === null || result === undefined) return NOT_CHECKED;
  return result.outcome === null ? NOT_SAID : EFFECTIVENESS_OUTCOME_LABELS[result.outcome];
}

/** Done or not, from the item's own status (the one source of truth; recording a result sets it). */
export function doneText(action: ActionItem): string {
  if (action.status === 'done') return 'Done';
  if (action.status === 'cancelled') return ACTION_STATUS_LABELS.cancelled;
  return 'Not done';
}

/** "3 of 4 action items checked: 2 prevented recurrence, 1 partly." */
export function effectivenessSummary(actions: readonly ActionItem[], results: ReadonlyMap<string, EffectivenessResult>): string {
  const checked = actions.filter((action) => results.has(action.id));
  const counts = EFFECTIVENESS_OUTCOMES.map((outcome) => ({
    outcome,
    count: checked.filter((action) => results.get(action.id)?.outcome === outcome).length,
  })).filter(({ count }) => count > 0);
  const parts = counts.map(({ outcome, count }) => `${count} ${EFFECTIVENESS_OUTCOME_LABELS[outcome].toLowerCase()}`);
  const head = `${checked.length} of ${actions.length} action ${actions.length === 1 ? 'item' : 'items'} checked`;
  return parts.length > 0 ? `${head}: ${parts.join(', ')}.` : `${head}.`;
}

/**
 * Issue 15's effectiveness review, 30 days after the meeting: per action item, done or not (its status), whether it
 * worked, a note, and the date the result was recorded. Empty-state line until a result has been recorded.
 */
export function effectivenessNodes(context: ReportContext): ReportNode[] {
  const results = new Map((context.source.effectiveness ?? []).map((result) => [result.actionItemId, result]));
  const actions = context.source.actions;
  if (!actions.some((action) => results.has(action.id))) return [empty(NO_EFFECTIVENESS_REVIEW)];
  return [
    paragraph(effectivenessSummary(actions, results)),
    {
      type: 'table',
      columns: [
        { title: '#', width: 4 },
        { title: 'Action', width: 26 },
        { title: 'Done', width: 9 },
        { title: 'Did it work', width: 14 },
        { title: 'Note', width: 33 },
        { title: 'Recorded', width: 14 },
      ],
      rows: actions.map((action, index) => {
        const result = results.get(action.id);
        return [
          String(index + 1),
          action.title,
          doneText(action),
          outcomeText(result),
          result?.note ?? '',
          result === undefined ? '' : calendarDateAt(result.recordedAt, context.timeZone),
        ];
      }),
    },
  ];
}
