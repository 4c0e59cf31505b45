import { METRIC_LABELS, metricText, type MetricKey } from '../../timeline/metrics.ts';
import type { ReportFact, ReportNode } from '../nodes.ts';
import { orNotRecorded, type ReportContext } from './context.ts';
import { capitalise } from './header.ts';
import { empty, fact, facts } from './nodes.ts';

/** Time to detect, mitigate and resolve from the timeline, or why each cannot be measured. */
export function responseMetricFacts(context: ReportContext, keys: readonly MetricKey[] = ['timeToDetect', 'timeToMitigate', 'timeToResolve']): ReportFact[] {
  return keys.map((key) => fact(METRIC_LABELS[key], capitalise(metricText(context.metrics[key]))));
}

/** Seed 001's impact list plus data loss, customer communication and the response times. */
export function impactNodes(context: ReportContext): ReportNode[] {
  const { meeting } = context.source;
  const typed = [meeting.usersAffected, meeting.revenueImpact, meeting.sloBudgetConsumed, meeting.dataLoss, meeting.customerCommunication];
  const anyMetric = Object.values(context.metrics).some((metric) => metric.known);
  if (typed.every((text) => text === '') && !anyMetric) return [empty('No impact was recorded.')];
  return [
    facts([
      fact('Users affected', orNotRecorded(meeting.usersAffected)),
      fact('Revenue impact', orNotRecorded(meeting.revenueImpact)),
      fact('Duration', capitalise(metricText(context.metrics.totalDuration))),
      fact('SLO budget consumed', orNotRecorded(meeting.sloBudgetConsumed)),
      fact('Data loss', orNotRecorded(meeting.dataLoss)),
      fact('Customer communication', orNotRecorded(meeting.customerCommunication)),
      ...responseMetricFacts(context),
    ]),
  ];
}
