import { listPrecision } from '../../timeline/list-precision.ts';
import type { Note, NoteCategory, FindingKind } from '../../domain/notes.ts';
import type { Perspective } from '../../domain/participant.ts';
import { compareTimelineEvents, type TimelineEvent, type TimelinePhase } from '../../domain/timeline.ts';
import type { Why } from '../../domain/whys.ts';
import { calendarDateAt, clockTextAt, dateTimeTextAt, zoneAbbreviationAt } from '../../time/zoned-time.ts';
import { timelineMetrics, type TimelineMetrics } from '../../timeline/metrics.ts';
import { buildWhyTree, flattenWhyTree } from '../../whys/tree.ts';
import { cleanReportText } from '../report-text.ts';
import type { ReportSource } from '../source.ts';

/** Everything the section builders share: the cleaned source and what is derived from it once. */
export interface ReportContext {
  source: ReportSource;
  timeZone: string;
  metrics: TimelineMetrics;
  /** Whys in reading order (parents before children, siblings in order). */
  whysInOrder: Why[];
  /** When the timeline runs over more than one calendar day in the meeting's zone, times show their date too. */
  spansDays: boolean;
  /**
   * One time format for the whole report: with seconds when any event was recorded to the second, else to the
   * minute, so a list never mixes "00:38:12" with "00:41".
   */
  clockPrecision: 'minute' | 'second';
  /**
   * The starred events when the report shows only the key moments (the option is on and at least one event is
   * starred): the timeline lists these, and the full timeline goes to an appendix. Null: the whole timeline.
   */
  keyMoments: TimelineEvent[] | null;
}

const byPosition = <T extends { position: number; createdAt: number; id: string }>(a: T, b: T): number =>
  a.position - b.position || a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The source with every typed text normalised (see report-text.ts) and every list in display order. */
export function cleanSource(source: ReportSource): ReportSource {
  const { meeting } = source;
  return {
    meeting: {
      ...meeting,
      incidentId: cleanReportText(meeting.incidentId),
      title: cleanReportText(meeting.title),
      summary: cleanReportText(meeting.summary),
      usersAffected: cleanReportText(meeting.usersAffected),
      revenueImpact: cleanReportText(meeting.revenueImpact),
      sloBudgetConsumed: cleanReportText(meeting.sloBudgetConsumed),
      dataLoss: cleanReportText(meeting.dataLoss),
      customerCommunication: cleanReportText(meeting.customerCommunication),
      author: cleanReportText(meeting.author),
      reviewers: cleanReportText(meeting.reviewers),
      servicesAffected: meeting.servicesAffected.map(cleanReportText).filter((name) => name !== ''),
      initialHypothesis: cleanReportText(meeting.initialHypothesis),
      mitigationStrategy: cleanReportText(meeting.mitigationStrategy),
      metrics: meeting.metrics
        .map((metric) => ({ metric: cleanReportText(metric.metric), before: cleanReportText(metric.before), after: cleanReportText(metric.after) }))
        .filter((metric) => metric.metric !== ''),
      residualRisk: cleanReportText(meeting.residualRisk),
    },
    timeline: source.timeline
      .map((event) => ({
        ...event,
        description: cleanReportText(event.description),
        actor: cleanReportText(event.actor),
        origin: cleanReportText(event.origin),
        author: cleanReportText(event.author),
      }))
      .sort(compareTimelineEvents),
    whys: source.whys.map((why) => ({ ...why, text: cleanReportText(why.text), author: cleanReportText(why.author) })),
    notes: source.notes.map((note) => ({ ...note, text: cleanReportText(note.text), author: cleanReportText(note.author) })).sort(byPosition),
    conflicts: source.conflicts
      .map((conflict) => ({
        ...conflict,
        topic: cleanReportText(conflict.topic),
        positionA: cleanReportText(conflict.positionA),
        positionB: cleanReportText(conflict.positionB),
        tradeOff: cleanReportText(conflict.tradeOff),
        resolution: cleanReportText(conflict.resolution),
      }))
      .sort(byPosition),
    actions: source.actions
      .map((action) => ({ ...action, title: cleanReportText(action.title), owner: cleanReportText(action.owner), author: cleanReportText(action.author) }))
      .sort(byPosition),
    participants: source.participants.map((participant) => ({ ...participant, name: cleanReportText(participant.name) })),
    agenda: {
      sections: [...source.agenda.sections]
        .sort((a, b) => a.position - b.position)
        .map((section) => ({ ...section, title: cleanReportText(section.title), decisionNote: cleanReportText(section.decisionNote) })),
    },
    ...(source.backlog
      ? {
          backlog: source.backlog.map((entry) => ({
            ...entry,
            item: { ...entry.item, title: cleanReportText(entry.item.title), owner: cleanReportText(entry.item.owner) },
            incidentId: cleanReportText(entry.incidentId),
            reviewTitle: cleanReportText(entry.reviewTitle),
            sharedServices: entry.sharedServices.map(cleanReportText),
          })),
        }
      : {}),
    ...(source.review
      ? { review: { ...source.review, reviewers: source.review.reviewers.map((reviewer) => ({ ...reviewer, name: cleanReportText(reviewer.name) })) } }
      : {}),
    effectiveness: (source.effectiveness ?? []).map((result) => ({ ...result, note: cleanReportText(result.note) })),
    tags: (source.tags ?? []).map((tag) => ({ ...tag, factor: cleanReportText(tag.factor) })).filter((tag) => tag.factor !== ''),
  };
}

/** `keyMomentsOnly`: show only the starred events in the timeline, when there are any (see `keyMoments`). */
export function reportContext(raw: ReportSource, keyMomentsOnly = false): ReportContext {
  const source = cleanSource(raw);
  const starred = keyMomentsOnly ? source.timeline.filter((event) => event.keyMoment) : [];
  const timeZone = source.meeting.timeZone;
  const days = new Set(source.timeline.map((event) => calendarDateAt(event.occurredAt, timeZone)));
  return {
    source,
    timeZone,
    metrics: timelineMetrics(source.timeline, source.meeting),
    whysInOrder: flattenWhyTree(buildWhyTree(source.whys)).map((node) => node.why),
    spansDays: days.size > 1,
    clockPrecision: listPrecision(source.timeline),
    keyMoments: starred.length > 0 ? starred : null,
  };
}

/** The events the report's timeline lists: the key moments when it shows only those, else every event. */
export function shownTimeline(context: ReportContext): TimelineEvent[] {
  return context.keyMoments ?? context.source.timeline;
}

/** An event's time in the meeting's zone in the report's one time format, with the date when the incident runs over several days. */
export function eventTimeText(context: ReportContext, occurredAt: number): string {
  return context.spansDays
    ? dateTimeTextAt(occurredAt, context.timeZone, context.clockPrecision)
    : clockTextAt(occurredAt, context.timeZone, context.clockPrecision);
}

/** "2026-11-20 03:00 (CET)": a moment outside the timeline, such as the meeting or the next update, with its zone. */
export function instantText(context: ReportContext, at: number): string {
  return `${dateTimeTextAt(at, context.timeZone)} (${zoneAbbreviationAt(at, context.timeZone)})`;
}

/** "Times are in Europe/Berlin (CET)." for under a timeline. */
export function timeZoneNote(context: ReportContext, at: number): string {
  const abbreviation = zoneAbbreviationAt(at, context.timeZone);
  return abbreviation === context.timeZone ? `Times are in ${context.timeZone}.` : `Times are in ${context.timeZone} (${abbreviation}).`;
}

export function notesIn(context: ReportContext, category: NoteCategory): Note[] {
  return context.source.notes.filter((note) => note.category === category && note.text !== '');
}

export function findingsOf(context: ReportContext, perspective: Perspective, kind: FindingKind): Note[] {
  return context.source.notes.filter(
    (note) => note.category === 'perspective_finding' && note.perspective === perspective && note.findingKind === kind && note.text !== '',
  );
}

export function whysOfKind(context: ReportContext, kind: Why['kind']): Why[] {
  return context.whysInOrder.filter((why) => why.kind === kind && why.text !== '');
}

export function eventsInPhase(context: ReportContext, phase: TimelinePhase) {
  return context.source.timeline.filter((event) => event.phase === phase);
}

/** Shown where a typed value was left blank. */
export const NOT_RECORDED = 'Not recorded';

export const orNotRecorded = (text: string): string => (text === '' ? NOT_RECORDED : text);
