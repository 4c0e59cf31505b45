import type { Severity } from '../../domain/meeting.ts';
import { REVIEW_STATE_LABELS } from '../../domain/review.ts';
import { SEVERITY_RULES } from '../../meeting/severity.ts';
import { calendarDateAt, clockTextAt, dateTimeTextAt, zoneAbbreviationAt } from '../../time/zoned-time.ts';
import { metricText } from '../../timeline/metrics.ts';
import type { ReportLayout } from '../layouts.ts';
import type { ReportFact } from '../nodes.ts';
import { singleLine } from '../report-text.ts';
import { NOT_RECORDED, orNotRecorded, type ReportContext } from './context.ts';
import { fact } from './nodes.ts';
import { contributingFactorNames } from '../../library/factor-names.ts';

const TITLE_PREFIX: Readonly<Record<ReportLayout, string>> = {
  pir: 'Post-Incident Review',
  meeting: 'Post-Mortem Meeting Report',
  workflow: 'Incident Response Record',
  panel: 'Panel Review',
};

/** "Post-Incident Review: INC-2041", or the prefix alone when no incident id was entered. */
export function reportTitle(layout: ReportLayout, context: ReportContext): string {
  const incidentId = singleLine(context.source.meeting.incidentId);
  return incidentId === '' ? TITLE_PREFIX[layout] : `${TITLE_PREFIX[layout]}: ${incidentId}`;
}

export function severityMeaning(severity: Severity | null): string {
  return severity === null ? '' : SEVERITY_RULES[severity].meaning;
}

/** "SEV2 (The service was degraded, but a workaround existed)". */
export function severityText(severity: Severity | null): string {
  return severity === null ? NOT_RECORDED : `${severity} (${severityMeaning(severity)})`;
}

/** When the incident began: the entered start, else the first timeline event. */
export function incidentStart(context: ReportContext): number | null {
  return context.source.meeting.incidentStartedAt ?? context.source.timeline[0]?.occurredAt ?? null;
}

/** The incident's calendar date in the meeting's zone, or null when nothing dates it. */
export function incidentDate(context: ReportContext): string | null {
  const start = incidentStart(context);
  return start === null ? null : calendarDateAt(start, context.timeZone);
}

/** "2026-11-20 00:38 to 02:05 (CET)" for the meeting report's "date and time" line. */
function incidentWhenText(context: ReportContext): string {
  const start = incidentStart(context);
  if (start === null) return NOT_RECORDED;
  const zone = context.timeZone;
  const end = context.source.meeting.incidentEndedAt;
  const from = dateTimeTextAt(start, zone);
  const zoneName = ` (${zoneAbbreviationAt(start, zone)})`;
  if (end === null || end < start) return `${from}${zoneName}`;
  const sameDay = calendarDateAt(end, zone) === calendarDateAt(start, zone);
  const to = sameDay ? clockTextAt(end, zone, 'minute') : dateTimeTextAt(end, zone);
  return `${from} to ${to}${zoneName}`;
}

/**
 * The block under the title (seed 001): incident id, date, duration, severity, author, reviewed date, and the 30-day
 * follow-up review (seed 001's "track completion with deadlines"), the same in every layout.
 */
export function headerFacts(layout: ReportLayout, context: ReportContext): ReportFact[] {
  const { meeting } = context.source;
  const items = [
    fact('Incident ID', orNotRecorded(meeting.incidentId)),
    layout === 'meeting' ? fact('Date and time of incident', incidentWhenText(context)) : fact('Date of incident', incidentDate(context) ?? NOT_RECORDED),
    fact('Duration', capitalise(metricText(context.metrics.totalDuration))),
    fact('Severity', severityText(meeting.severity)),
    fact('Author', orNotRecorded(meeting.author)),
  ];
  if (meeting.reviewers !== '') items.push(fact('Reviewers', meeting.reviewers));
  items.push(fact('Reviewed', meeting.reviewedOn ?? 'Not yet reviewed'));
  items.push(fact('Follow-up review', meeting.followUpReviewOn ?? 'Not scheduled'));
  const factors = contributingFactorNames(context.source.tags ?? []);
  if (factors.length > 0) items.push(fact('Contributing factors', factors.map(singleLine).join('; ')));
  items.push(...reviewFacts(context));
  return items;
}

/**
 * Once a review has left draft or has reviewers: its state with the date it was reached, and each reviewer with the
 * date they signed off (publishing does not wait for sign-offs, so the report says who has not).
 */
function reviewFacts(context: ReportContext): ReportFact[] {
  const review = context.source.review;
  if (!review || (review.state === 'draft' && review.reviewers.length === 0)) return [];
  const on = (at: number) => calendarDateAt(at, context.timeZone);
  const since = review.stateChangedAt === null ? '' : ` on ${on(review.stateChangedAt)}`;
  const items = [fact('Review state', `${capitalise(REVIEW_STATE_LABELS[review.state])}${since}`)];
  if (review.reviewers.length > 0) {
    const signed = review.reviewers.map((reviewer) =>
      reviewer.signedOffAt === null ? `${singleLine(reviewer.name)} (not signed off)` : `${singleLine(reviewer.name)} (${on(reviewer.signedOffAt)})`,
    );
    items.push(fact('Signed off', signed.join('; ')));
  }
  return items;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
