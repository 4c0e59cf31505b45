import { PERSPECTIVE_LABELS } from '../agenda/perspective-labels.ts';
import type { NoteCategory } from '../domain/notes.ts';
import { PERSPECTIVES } from '../domain/participant.ts';
import type { TimelinePhase } from '../domain/timeline.ts';
import { REPORT_LAYOUT_DESCRIPTORS, type ReportLayout } from './layouts.ts';
import type { ReportSource } from './source.ts';

/** How far a report section is written: nothing yet, some of it, or everything the seeds ask of it. */
export type SectionStatus = 'empty' | 'started' | 'done';

export const SECTION_STATUS_LABELS: Readonly<Record<SectionStatus, string>> = { empty: 'Empty', started: 'Started', done: 'Done' };

/** One thing a section needs, and whether it is there. */
export interface SectionPart {
  label: string;
  filled: boolean;
}

export interface SectionProgress {
  id: string;
  title: string;
  status: SectionStatus;
  parts: SectionPart[];
}

const part = (label: string, filled: boolean): SectionPart => ({ label, filled });
const written = (text: string) => text.trim() !== '';

/** Sentences in a text: runs ending in . ! or ? (or the end), ignoring empty ones. */
export function sentenceCount(text: string): number {
  return text.split(/[.!?]+(?:\s+|$)/u).filter((sentence) => sentence.trim() !== '').length;
}

type Parts = (source: ReportSource) => SectionPart[];

const notes = (source: ReportSource, category: NoteCategory) => source.notes.filter((note) => note.category === category && written(note.text));
const whys = (source: ReportSource, kind: 'root' | 'contributing') => source.whys.filter((why) => why.kind === kind && written(why.text));
const inPhase = (source: ReportSource, phase: TimelinePhase) => source.timeline.some((event) => event.phase === phase);
const liveActions = (source: ReportSource) => source.actions.filter((action) => action.status !== 'cancelled' && written(action.title));

const noteParts =
  (category: NoteCategory, label: string): Parts =>
  (source) => [part(label, notes(source, category).length > 0)];

/** Seed 001: a 2-3 sentence summary for stakeholders. */
const summaryParts: Parts = ({ meeting }) => [part('A summary', written(meeting.summary)), part('Two or three sentences', sentenceCount(meeting.summary) >= 2)];

/** Seeds 001 and 002: users affected, how long, the error budget, data lost. */
const impactParts: Parts = ({ meeting }) => [
  part('Users affected', written(meeting.usersAffected)),
  part('When the incident started and ended', meeting.incidentStartedAt !== null && meeting.incidentEndedAt !== null),
  part('SLO budget consumed', written(meeting.sloBudgetConsumed)),
  part('Data loss', written(meeting.dataLoss)),
];

/** Seed 003: the sequence from detection to resolution. */
const timelineParts: Parts = (source) => [
  part('Timeline events', source.timeline.length > 0),
  part('How it was detected (an event marked detection)', inPhase(source, 'detection')),
  part('How it was resolved (an event marked resolution, or the incident end)', inPhase(source, 'resolution') || source.meeting.incidentEndedAt !== null),
];

const rootCauseParts: Parts = (source) => [part('A root cause', whys(source, 'root').length > 0)];
const contributingParts: Parts = (source) => [part('A contributing factor', whys(source, 'contributing').length > 0)];

/** Seed 002: every item has an owner and a date. */
const actionParts: Parts = (source) => {
  const live = liveActions(source);
  return [
    part('An action item', live.length > 0),
    part('Every item has an owner', live.length > 0 && live.every((action) => written(action.owner))),
    part('Every item has a due date', live.length > 0 && live.every((action) => action.dueOn !== null)),
  ];
};

/** Written at the effectiveness review, 30 days after the meeting: not needed before the report is shared. */
const effectivenessParts: Parts = (source) => [
  part(
    'whether each action item is done and worked (at the effectiveness review)',
    source.actions.some((action) => (source.effectiveness ?? []).some((result) => result.actionItemId === action.id)),
  ),
];

const SECTION_PARTS: Readonly<Record<ReportLayout, Readonly<Record<string, Parts>>>> = {
  pir: {
    summary: summaryParts,
    impact: impactParts,
    timeline: timelineParts,
    root_cause: rootCauseParts,
    contributing_factors: contributingParts,
    went_well: noteParts('went_well', 'Something that went well'),
    could_improve: noteParts('could_improve', 'Something that could be improved'),
    action_items: actionParts,
    lessons: noteParts('lesson', 'A lesson learned'),
    prevention: noteParts('prevention', 'How this class of incident is prevented'),
    effectiveness: effectivenessParts,
  },
  meeting: {
    meeting_details: (source) => [part('The meeting date', source.meeting.scheduledAt !== null), part('Participants', source.participants.length > 0)],
    summary: summaryParts,
    impact: impactParts,
    timeline: timelineParts,
    root_cause: (source) => [...rootCauseParts(source), ...contributingParts(source)],
    went_well: noteParts('went_well', 'Something that went well'),
    could_improve: noteParts('could_improve', 'Something that could be improved'),
    action_items: actionParts,
    additional_notes: noteParts('additional', 'An additional note'),
    effectiveness: effectivenessParts,
  },
  workflow: {
    triage: (source) => [
      part('Severity', source.meeting.severity !== null),
      part('Users affected', written(source.meeting.usersAffected)),
      part('Data impact', written(source.meeting.dataLoss)),
      part('Services affected', source.meeting.servicesAffected.length > 0),
      part('The initial hypothesis', written(source.meeting.initialHypothesis)),
      part('How it was detected (an event marked detection)', inPhase(source, 'detection')),
    ],
    mitigation: (source) => [
      part('The mitigation strategy', written(source.meeting.mitigationStrategy)),
      part('Mitigation steps (events marked mitigation)', inPhase(source, 'mitigation')),
      part('Metrics before and after', source.meeting.metrics.length > 0),
      part('The residual risk', written(source.meeting.residualRisk)),
    ],
    communication: (source) => [
      part(
        'The audience (stakeholders among the participants)',
        source.participants.some((participant) => participant.role === 'stakeholder'),
      ),
      part('What happened (the summary)', written(source.meeting.summary)),
      part('Customer communication', written(source.meeting.customerCommunication)),
      part('When the next update is due', source.meeting.nextUpdateAt !== null),
    ],
    root_cause_analysis: (source) => [
      part('The triggering event (an event marked trigger)', inPhase(source, 'trigger')),
      ...rootCauseParts(source),
      ...contributingParts(source),
    ],
    post_mortem: (source) => [
      part('An incident summary', written(source.meeting.summary)),
      ...noteParts('went_well', 'Something that went well')(source),
      ...noteParts('could_improve', 'Something that went poorly')(source),
      ...noteParts('lesson', 'A lesson learned')(source),
      part('An action item', liveActions(source).length > 0),
    ],
    action_tracker: actionParts,
    effectiveness: effectivenessParts,
  },
  panel: {
    participants: (source) => [
      part('Participants', source.participants.length > 0),
      ...PERSPECTIVES.map((perspective) =>
        part(
          `Someone speaking for the ${PERSPECTIVE_LABELS[perspective]}`,
          source.participants.some((participant) => participant.perspective === perspective),
        ),
      ),
    ],
    perspectives: (source) =>
      PERSPECTIVES.map((perspective) =>
        part(
          `Findings of the ${PERSPECTIVE_LABELS[perspective]}`,
          source.notes.some((note) => note.category === 'perspective_finding' && note.perspective === perspective && written(note.text)),
        ),
      ),
    consolidated: (source) => [
      part('An incident summary', written(source.meeting.summary)),
      ...rootCauseParts(source),
      part('An action item', liveActions(source).length > 0),
    ],
    conflicts: (source) => [
      part('A conflicting recommendation', source.conflicts.length > 0),
      part(
        'Each one resolved or escalated',
        source.conflicts.length > 0 && source.conflicts.every((conflict) => conflict.escalated || written(conflict.resolution)),
      ),
    ],
    effectiveness: effectivenessParts,
  },
};

export function statusOf(parts: readonly SectionPart[]): SectionStatus {
  const filled = parts.filter((one) => one.filled).length;
  if (filled === 0) return 'empty';
  return filled === parts.length ? 'done' : 'started';
}

/** Each section of the layout, in document order, with what it needs and how far it is written. */
export function reportProgress(layout: ReportLayout, source: ReportSource): SectionProgress[] {
  return REPORT_LAYOUT_DESCRIPTORS[layout].sections.map(({ id, title }) => {
    const parts = SECTION_PARTS[layout][id]?.(source) ?? [];
    return { id, title, status: statusOf(parts), parts };
  });
}
