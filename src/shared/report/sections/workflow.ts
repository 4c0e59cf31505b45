import { effectivenessNodes } from './effectiveness.ts';
import { dateTimeTextAt } from '../../time/zoned-time.ts';
import type { AgendaSection, SectionKind } from '../../domain/agenda.ts';
import type { MetricChange } from '../../domain/meeting.ts';
import type { ReportNode } from '../nodes.ts';
import { actionLine, actionTrackerNodes, backlogCheckNodes, openActions, recommendedActionNodes } from './actions.ts';
import { causalChainNodes, contributingFactorNodes, rootCauseList, unclassifiedWhyNodes } from './causes.ts';
import { eventsInPhase, instantText, orNotRecorded, shownTimeline, type ReportContext } from './context.ts';
import { severityText } from './header.ts';
import { responseMetricFacts } from './impact.ts';
import { noteListNodes } from './notes.ts';
import { empty, fact, facts, heading, listOr, paragraph, paragraphOr, part } from './nodes.ts';
import type { SectionBuilder } from './section-builder.ts';
import { summaryNodes } from './summary.ts';
import { eventLines, keyMomentsNote, timelineNodes } from './timeline.ts';

/** Resolved once an end or a resolution event is recorded, mitigated once a mitigation event is. */
function incidentStatus(context: ReportContext): string {
  if (context.source.meeting.incidentEndedAt !== null || eventsInPhase(context, 'resolution').length > 0) return 'Resolved';
  if (eventsInPhase(context, 'mitigation').length > 0) return 'Mitigated';
  return 'Ongoing, or its end was not recorded';
}

const openItemNodes = (context: ReportContext): ReportNode[] =>
  listOr(
    false,
    openActions(context).map((action) => actionLine(context, action)),
    'No action items are still open.',
  );

/**
 * Which agenda sections' gate decisions each artifact reports: the phase's own kind. Gated sections of any other kind
 * are reported at the end of the last artifact, so no decision is left out.
 */
const GATE_KINDS: Readonly<Record<string, readonly SectionKind[]>> = {
  triage: ['triage'],
  mitigation: ['mitigation'],
  communication: ['communication'],
  root_cause_analysis: ['root_cause', 'symptoms_vs_causes', 'contributing_factors'],
  post_mortem: ['postmortem'],
  action_tracker: ['action_items', 'responsibilities'],
};
/** The phases seed 004 gates: INC-1, INC-2, INC-4 and INC-5. */
const SEED_GATED = new Set(['triage', 'mitigation', 'root_cause_analysis', 'post_mortem']);

const GATE_DECISION_TEXT = { approve: 'Approved', revise: 'Revise' } as const;

/**
 * "Triage: Approved — Severity and scope agreed"; a gate the facilitator passed without a decision says so, when,
 * and why if a reason was given; otherwise that no decision was recorded.
 */
export function gateDecisionLine(section: AgendaSection, timeZone: string): string {
  const override =
    section.gateOverriddenAt === null
      ? ''
      : `passed without a decision at ${dateTimeTextAt(section.gateOverriddenAt, timeZone)}` +
        (section.gateOverrideNote === '' ? ', no reason given' : ` — ${section.gateOverrideNote}`);
  if (section.decision === null) return `${section.title}: ${override === '' ? 'no decision was recorded' : override}`;
  const note = section.decisionNote === '' ? '' : ` — ${section.decisionNote}`;
  const earlier = override === '' ? '' : ` (earlier ${override})`;
  return `${section.title}: ${GATE_DECISION_TEXT[section.decision]}${note}${earlier}`;
}

const gatedSections = (context: ReportContext): AgendaSection[] => context.source.agenda.sections.filter((section) => section.gated);

/** The approve or revise decision (and its note) of each gated agenda section of this artifact's phase. */
function gateDecisionNodes(context: ReportContext, artifact: string): ReportNode[] {
  const kinds = GATE_KINDS[artifact] ?? [];
  const sections = gatedSections(context).filter((section) => kinds.includes(section.kind));
  if (sections.length === 0 && !SEED_GATED.has(artifact)) return [];
  return part(
    3,
    'Gate decision',
    listOr(
      false,
      sections.map((section) => gateDecisionLine(section, context.timeZone)),
      'The agenda had no gate for this phase, so no decision was recorded.',
    ),
  );
}

/** Gated sections whose kind belongs to no artifact (a custom section, say). */
function otherGateDecisionNodes(context: ReportContext): ReportNode[] {
  const known = new Set(Object.values(GATE_KINDS).flat());
  const others = gatedSections(context).filter((section) => !known.has(section.kind));
  return others.length === 0
    ? []
    : part(
        3,
        'Other gate decisions',
        listOr(
          false,
          others.map((section) => gateDecisionLine(section, context.timeZone)),
          '',
        ),
      );
}

/** INC-1, the triage assessment. */
function triageNodes(context: ReportContext): ReportNode[] {
  const { meeting } = context.source;
  const services = meeting.servicesAffected.join(', ');
  return [
    ...part(3, 'Severity', [paragraph(severityText(meeting.severity))]),
    ...part(3, 'Impact', [
      facts([
        fact('Users affected', orNotRecorded(meeting.usersAffected)),
        fact('Services affected', orNotRecorded(services)),
        fact('Data impact', orNotRecorded(meeting.dataLoss)),
      ]),
    ]),
    ...part(3, 'Status', [paragraph(incidentStatus(context))]),
    ...part(3, 'Timeline', [...keyMomentsNote(context), ...listOr(false, eventLines(context, shownTimeline(context)), 'No timeline events were recorded.')]),
    ...part(3, 'Initial hypothesis', paragraphOr(meeting.initialHypothesis, 'No initial hypothesis was recorded.')),
    ...part(
      3,
      'Immediate actions needed',
      listOr(
        false,
        context.source.actions.filter((action) => action.horizon === 'quick_win').map((action) => actionLine(context, action)),
        'No quick wins were agreed.',
      ),
    ),
    ...gateDecisionNodes(context, 'triage'),
  ];
}

/** Seed 004's "metric — before → after". */
function metricLine(metric: MetricChange): string {
  return `${metric.metric} — ${metric.before || 'not recorded'} → ${metric.after || 'not recorded'}`;
}

/** INC-2, the mitigation report. */
function mitigationNodes(context: ReportContext): ReportNode[] {
  const { meeting } = context.source;
  return [
    ...part(3, 'Mitigation strategy', paragraphOr(meeting.mitigationStrategy, 'No mitigation strategy was recorded.')),
    ...part(3, 'Steps taken', listOr(true, eventLines(context, eventsInPhase(context, 'mitigation')), 'No event was marked as mitigation.')),
    ...part(3, 'Current status', [paragraph(incidentStatus(context))]),
    ...part(3, 'Metrics', listOr(false, meeting.metrics.map(metricLine), 'No metrics were recorded before and after the mitigation.')),
    ...part(3, 'Response times', [facts(responseMetricFacts(context, ['timeToDetect', 'timeToMitigate', 'timeToResolve', 'totalDuration']))]),
    ...part(3, 'Residual risk', paragraphOr(meeting.residualRisk, 'No residual risk was recorded.')),
    ...gateDecisionNodes(context, 'mitigation'),
  ];
}

/** INC-3, the stakeholder communication. */
function communicationNodes(context: ReportContext): ReportNode[] {
  const { meeting } = context.source;
  const stakeholders = context.source.participants.filter((participant) => participant.role === 'stakeholder').map((participant) => participant.name);
  const nextUpdate = meeting.nextUpdateAt === null ? empty('No time was set for the next update.') : paragraph(instantText(context, meeting.nextUpdateAt));
  return [
    ...part(3, 'Audience', listOr(false, stakeholders, 'No stakeholders were listed for this review.')),
    heading(3, 'Message'),
    ...part(4, 'What happened', summaryNodes(context)),
    ...part(4, 'Current status', [paragraph(incidentStatus(context))]),
    ...part(4, 'What we’re doing', openItemNodes(context)),
    ...part(4, 'Next update', [nextUpdate]),
    ...part(3, 'Customer communication', paragraphOr(meeting.customerCommunication, 'No customer communication was recorded.')),
    ...gateDecisionNodes(context, 'communication'),
  ];
}

/** INC-4, the root cause analysis. */
function rootCauseAnalysisNodes(context: ReportContext): ReportNode[] {
  return [
    ...part(3, 'Detailed timeline', timelineNodes(context)),
    ...part(3, 'Triggering event', listOr(false, eventLines(context, eventsInPhase(context, 'trigger')), 'No event was marked as the trigger.')),
    ...part(3, 'Causal chain', causalChainNodes(context)),
    ...part(3, 'Root cause', rootCauseList(context)),
    ...part(3, 'Contributing factors', contributingFactorNodes(context, false)),
    ...part(3, 'Systemic factors', noteListNodes(context, 'prevention', false)),
    ...unclassifiedWhyNodes(context, 3),
    ...gateDecisionNodes(context, 'root_cause_analysis'),
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
    ...gateDecisionNodes(context, 'post_mortem'),
  ];
}

/** INC-6, the tracker, then any gate decision no other artifact reported. */
function actionTrackerSectionNodes(context: ReportContext): ReportNode[] {
  return [
    ...actionTrackerNodes(context),
    ...backlogCheckNodes(context, 3),
    ...gateDecisionNodes(context, 'action_tracker'),
    ...otherGateDecisionNodes(context),
  ];
}

/** Seed 004, one artifact per response phase. */
export const WORKFLOW_SECTIONS: Readonly<Record<string, SectionBuilder>> = {
  triage: triageNodes,
  mitigation: mitigationNodes,
  communication: communicationNodes,
  root_cause_analysis: rootCauseAnalysisNodes,
  post_mortem: postMortemNodes,
  action_tracker: actionTrackerSectionNodes,
  effectiveness: effectivenessNodes,
};
