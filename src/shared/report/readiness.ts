import { actionItemChecks, checkKey, type ActionCheckFinding } from '../actions/checks.ts';
import { FOLLOW_UP_SECTIONS, type ReportLayout } from './layouts.ts';
import { reportProgress } from './section-status.ts';
import type { ReportSource } from './source.ts';

export interface ReadinessInput {
  layout: ReportLayout;
  source: ReportSource;
  /** The meeting's calendar date today, YYYY-MM-DD: a due date before it has passed. */
  today: string;
  /** Keys the facilitator cleared in this meeting (the action checks' dismissals). */
  dismissed: ReadonlySet<string> | readonly string[];
}

/**
 * Whether the report is ready to share, as the failure cases of seeds 001 and 002 put it: every section of the chosen
 * layout written, and the action checks (see actionItemChecks) with those that only matter for the write-up. One
 * list, cleared through the same dismissals as the action checks.
 */
export function reportReadiness({ layout, source, today, dismissed }: ReadinessInput): ActionCheckFinding[] {
  const cleared = new Set(dismissed);
  const empty: ActionCheckFinding[] = reportProgress(layout, source)
    .filter((section) => section.status === 'empty' && !FOLLOW_UP_SECTIONS.has(section.id))
    .map((section) => {
      const key = checkKey.emptySection(layout, section.id);
      const needs = section.parts.map((one) => one.label.charAt(0).toLowerCase() + one.label.slice(1)).join('; ');
      return {
        key,
        kind: 'empty_section',
        message: `“${section.title}” is empty: write ${needs}.`,
        actionId: null,
        whyId: null,
        noteId: null,
        sectionId: section.id,
        dismissed: cleared.has(key),
      };
    });
  const actions = actionItemChecks({
    actions: source.actions,
    whys: source.whys,
    dismissed: cleared,
    report: { today, notes: source.notes },
  });
  return [...empty, ...actions];
}
