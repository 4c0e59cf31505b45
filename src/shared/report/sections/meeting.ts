import { effectivenessNodes } from './effectiveness.ts';
import type { ReportNode } from '../nodes.ts';
import { actionItemsSectionNodes } from './actions.ts';
import { contributingFactorNodes, rootCauseNodes, unclassifiedWhyNodes } from './causes.ts';
import { instantText, NOT_RECORDED, notesIn, type ReportContext } from './context.ts';
import { impactNodes } from './impact.ts';
import { participantNodes } from './participants.ts';
import { noteListNodes } from './notes.ts';
import { fact, facts, heading } from './nodes.ts';
import type { SectionBuilder } from './section-builder.ts';
import { summaryNodes } from './summary.ts';
import { timelineNodes } from './timeline.ts';

function meetingDateText(context: ReportContext): string {
  const at = context.source.meeting.scheduledAt;
  return at === null ? NOT_RECORDED : instantText(context, at);
}

/** Who took part and when the meeting was held (seed 003's meeting details). */
function meetingDetailsNodes(context: ReportContext): ReportNode[] {
  return [
    facts([fact('Meeting date', meetingDateText(context)), fact('Time zone', context.timeZone)]),
    heading(3, 'Participants'),
    ...participantNodes(context),
  ];
}

/** Root causes, then the contributing factors: seed 003's "primary and contributing factors". */
function rootCausesNodes(context: ReportContext): ReportNode[] {
  return [...rootCauseNodes(context, 3), heading(3, 'Contributing factors'), ...contributingFactorNodes(context, false), ...unclassifiedWhyNodes(context, 3)];
}

/** Additional notes, and the lessons and prevention notes this layout has no section of their own for. */
function additionalNotesNodes(context: ReportContext): ReportNode[] {
  const nodes = noteListNodes(context, 'additional', false);
  if (notesIn(context, 'lesson').length > 0) nodes.push(heading(3, 'Lessons learned'), ...noteListNodes(context, 'lesson', false));
  if (notesIn(context, 'prevention').length > 0) nodes.push(heading(3, 'Prevention'), ...noteListNodes(context, 'prevention', false));
  return nodes;
}

/** Seed 003, the post-mortem meeting report. */
export const MEETING_SECTIONS: Readonly<Record<string, SectionBuilder>> = {
  meeting_details: meetingDetailsNodes,
  summary: summaryNodes,
  impact: impactNodes,
  timeline: timelineNodes,
  root_cause: rootCausesNodes,
  went_well: (context) => noteListNodes(context, 'went_well', false),
  could_improve: (context) => noteListNodes(context, 'could_improve', false),
  action_items: actionItemsSectionNodes,
  effectiveness: effectivenessNodes,
  additional_notes: additionalNotesNodes,
};
