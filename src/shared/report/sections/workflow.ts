import type { ReportNode } from '../nodes.ts';
import { actionLine, actionTrackerNodes, openActions, recommendedActionNodes } from './actions.ts';
import { causalChainNodes, contributingFactorNodes, rootCauseList } from './causes.ts';
import { eventsInPhase, orNotRecorded, type ReportContext } from './context.ts';
import { severityText } from './header.ts';
import { responseMetricFacts } from './impact.ts';
import { noteListNodes } from './notes.ts';
import { fact, facts, listOr, paragraph, paragraphOr, part } from './nodes.ts';
import type { SectionBuilder } from './section-builder.ts';
import { summaryNodes } from './summary.ts';
import { eventLines, timelineNodes } from './timeline.ts';

/** Resolved once an end or a resolution event is recorded, mitigated once a mitigation event is. */
function incidentStatus(context: ReportContext): string {
  if (context.source.meeting.incidentEndedAt !== null || eventsInPhase(context, 'resolution').length > 0) return 'Resolved';
  if (eventsInPhase(context, 'mitigation').length > 0) return 'Mitigated';
  return 'Ongoing, or its end was not recorded';
}

const openItemNodes = (context: ReportContext): ReportNode[] => listOr(false, openActions(context).map(actionLine), 'No action items are still open.');

/** INC-1, the triage assessment. */
function triageNodes(context: ReportContext): ReportNode[] {
  const { meeting } = context.source;
  return [
    ...part(3, 'Severity', [paragraph(severityText(meeting.severity))]),
    ...part(3, 'Impact', [facts([fact('Users affected', orNotRecorded(meeting.usersAffected)), fact('Data impact', orNotRecorded(meeting.dataLoss))])]),
    ...part(3, 'Status', [paragraph(incidentStatus(context))]),
    ...part(3, 'Detection', listOr(false, eventLines(context, eventsInPhase(context, 'detection')), 'No event was marked as detection.')),
    ...part(
      3,
      'Immediate actions',
      listOr(false, context.source.actions.filter((action) => action.horizon === 'quick_win').map(actionLine), 'No quick wins were agreed.'),
    ),
  ];
}

/** INC-2, the mitigation report. */
function mitigationNodes(context: ReportContext): ReportNode[] {
  return [
    ...part(3, 'Steps taken', listOr(true, eventLines(context, eventsInPhase(context, 'mitigation')), 'No event was marked as mitigation.')),
    ...part(3, 'Current status', [paragraph(incidentStatus(context))]),
    ...part(3, 'Metrics', [facts(responseMetricFacts(context, ['timeToDetect', 'timeToMitigate', 'timeToResolve', 'totalDuration']))]),
    ...part(3, 'Residual risk', openItemNodes(context)),
  ];
}

/** INC-3, the stakeholder communication. */
function communicationNodes(context: ReportContext): ReportNode[] {
  const stakeholders = context.source.participants.filter((participant) => participant.role === 'stakeholder').map((participant) => participant.name);
  return [
    ...part(3, 'Audience', listOr(false, stakeholders, 'No stakeholders were listed for this review.')),
    ...part(3, 'Customer communication', paragraphOr(context.source.meeting.customerCommunication, 'No customer communication was recorded.')),
    ...part(3, 'What happened', summaryNodes(context)),
    ...part(3, 'Current status', [paragraph(incidentStatus(context))]),
    ...part(3, 'What we are doing', openItemNodes(context)),
  ];
}

/** INC-4, the root cause analysis. */
function rootCauseAnalysisNodes(context: ReportContext): ReportNode[] {
  return [
    ...part(3, 'Detailed timeline', timelineNodes(context, { withPhase: true })),
    ...part(3, 'Triggering event', listOr(false, eventLines(context, eventsInPhase(context, 'trigger')), 'No event was marked as the trigger.')),
    ...part(3, 'Causal chain', causalChainNodes(context)),
    ...part(3, 'Root cause', rootCauseList(context)),
    ...part(3, 'Contributing factors', contributingFactorNodes(context, false)),
    ...part(3, 'Systemic factors', noteListNodes(context, 'prevention', false)),
  ];
}

/** INC-5, the post-mortem report. */
function postMortemNodes(context: ReportContext): ReportNode[] {
  return [
    ...part(3, 'Incident summary', summaryNodes(context)),
    ...part(3, 'What went well', noteListNodes(context, 'went_well', false)),
    ...part(3, 'What went poorly', noteListNodes(context, 'could_improve', false)),
    ...part(3, 'Lessons learned', noteListNodes(context, 'lesson', false)),
    ...part(3, 'Recommended action items', recommendedActionNodes(context)),
  ];
}

/** Seed 004, one artifact per response phase. */
export const WORKFLOW_SECTIONS: Readonly<Record<string, SectionBuilder>> = {
  triage: triageNodes,
  mitigation: mitigationNodes,
  communication: communicationNodes,
  root_cause_analysis: rootCauseAnalysisNodes,
  post_mortem: postMortemNodes,
  action_tracker: actionTrackerNodes,
};
