import { calendarDateAt, clockTextAt, zoneAbbreviationAt } from '../../time/zoned-time.ts';
import type { ReportNode } from '../nodes.ts';
import { actionTableNodes } from './actions.ts';
import { contributingFactorNodes, rootCauseNodes } from './causes.ts';
import { NOT_RECORDED, notesIn, type ReportContext } from './context.ts';
import { impactNodes } from './impact.ts';
import { ROLE_LABELS } from './labels.ts';
import { PERSPECTIVE_LABELS } from '../../agenda/perspective-labels.ts';
import { noteListNodes } from './notes.ts';
import { fact, facts, heading, listOr } from './nodes.ts';
import type { SectionBuilder } from './section-builder.ts';
import { summaryNodes } from './summary.ts';
import { timelineNodes } from './timeline.ts';

function meetingDateText(context: ReportContext): string {
  const at = context.source.meeting.scheduledAt;
  if (at === null) return NOT_RECORDED;
  const zone = context.timeZone;
  return `${calendarDateAt(at, zone)}, ${clockTextAt(at, zone, 'minute')} (${zoneAbbreviationAt(at, zone)})`;
}

/** Who took part and when the meeting was held (seed 003's meeting details). */
function meetingDetailsNodes(context: ReportContext): ReportNode[] {
  const participants = context.source.participants
    .filter((participant) => participant.name !== '')
    .map((participant) => {
      const perspective = participant.perspective === null ? '' : `, ${PERSPECTIVE_LABELS[participant.perspective].toLowerCase()} perspective`;
      return `${participant.name} — ${ROLE_LABELS[participant.role]}${perspective}`;
    });
  return [
    facts([fact('Meeting date', meetingDateText(context)), fact('Time zone', context.timeZone)]),
    heading(3, 'Participants'),
    ...listOr(false, participants, 'No participants were listed.'),
  ];
}

/** Root causes, then the contributing factors: seed 003's "primary and contributing factors". */
function rootCausesNodes(context: ReportContext): ReportNode[] {
  return [...rootCauseNodes(context, 3), heading(3, 'Contributing factors'), ...contributingFactorNodes(context, false)];
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
  timeline: (context) => timelineNodes(context),
  root_cause: rootCausesNodes,
  went_well: (context) => noteListNodes(context, 'went_well', false),
  could_improve: (context) => noteListNodes(context, 'could_improve', false),
  action_items: actionTableNodes,
  additional_notes: additionalNotesNodes,
};
