import type { ChangedEntity } from '../api/events.ts';
import type { NoteCategory } from '../domain/notes.ts';
import { EVIDENCE_SECTION } from '../report/sections/evidence.ts';
import { REPORT_LAYOUT_DESCRIPTORS, type ReportLayout } from '../report/layouts.ts';

/**
 * Which report section an edit after circulation touched, named as the meeting's report layout names it, so a
 * reviewer reads "Timeline of events" in the meeting report and "Timeline" in the post-incident review. Each kind of
 * change lists the section ids that hold it, in any layout (as `section-focus.ts` does); the first the layout has is
 * named, else the fallback.
 */
interface Holder {
  ids: readonly string[];
  fallback: string;
}

const holder = (fallback: string, ...ids: string[]): Holder => ({ ids, fallback });

const CAUSES = holder('Root cause', 'root_cause', 'root_cause_analysis', 'consolidated');
const IMPACT = holder('Impact', 'impact', 'post_mortem');
/** The report lists a review's contributing factors (issue 16) among its header facts. */
const HEADER_FACTS = holder('Report header', 'meeting_details');

const BY_ENTITY: Partial<Readonly<Record<ChangedEntity, Holder>>> = {
  timeline_event: holder('Timeline', 'timeline', 'triage', 'root_cause_analysis'),
  timeline_import: holder('Timeline', 'timeline', 'triage', 'root_cause_analysis'),
  why: CAUSES,
  action_item: holder('Action items', 'action_items', 'action_tracker'),
  conflict: holder('Conflicting recommendations', 'conflicts'),
  participant: holder('Participants', 'participants', 'meeting_details'),
  evidence: holder(EVIDENCE_SECTION.title),
  note: holder('Notes', 'additional_notes', 'post_mortem'),
  tag: HEADER_FACTS,
};

const BY_NOTE_CATEGORY: Readonly<Record<NoteCategory, Holder>> = {
  went_well: holder('What went well', 'went_well', 'post_mortem'),
  could_improve: holder('What could be improved', 'could_improve', 'post_mortem'),
  lesson: holder('Lessons learned', 'lessons', 'post_mortem', 'additional_notes'),
  prevention: holder('Prevention', 'prevention', 'post_mortem', 'additional_notes'),
  additional: holder('Additional notes', 'additional_notes', 'post_mortem'),
  perspective_finding: holder('Findings by perspective', 'perspectives', 'consolidated'),
};

/** The meeting's own fields, by the section that prints them; a field not listed is in the report's header. */
const BY_MEETING_FIELD: Readonly<Record<string, Holder>> = {
  summary: holder('Summary', 'summary', 'post_mortem'),
  usersAffected: IMPACT,
  revenueImpact: IMPACT,
  sloBudgetConsumed: IMPACT,
  dataLoss: IMPACT,
  incidentStartedAt: IMPACT,
  incidentEndedAt: IMPACT,
  customerCommunication: holder('Communication', 'communication', 'impact'),
  nextUpdateAt: holder('Communication', 'communication'),
  initialHypothesis: holder('Triage', 'triage'),
  servicesAffected: holder('Triage', 'triage', 'impact'),
  mitigationStrategy: holder('Mitigation', 'mitigation'),
  residualRisk: holder('Mitigation', 'mitigation'),
  metrics: holder('Mitigation', 'mitigation'),
};
const HEADER = HEADER_FACTS;

function titleIn(layout: ReportLayout, { ids, fallback }: Holder): string {
  const sections = REPORT_LAYOUT_DESCRIPTORS[layout].sections;
  for (const id of ids) {
    const found = sections.find((section) => section.id === id);
    if (found) return found.title;
  }
  return fallback;
}

/** What a change touched: its entity, and what tells its section apart (a note's category, a meeting's changed fields). */
export type EditedThing =
  { entity: 'note'; category: NoteCategory | null } | { entity: 'meeting'; fields: readonly string[] } | { entity: Exclude<ChangedEntity, 'note' | 'meeting'> };

/** The titles of the report sections an edit touched, each once, in the meeting's layout; none for what no report shows. */
export function editedSections(layout: ReportLayout, thing: EditedThing): string[] {
  let holders: Holder[];
  if (thing.entity === 'meeting') holders = thing.fields.map((field) => BY_MEETING_FIELD[field] ?? HEADER);
  else if (thing.entity === 'note') holders = [thing.category === null ? (BY_ENTITY.note ?? HEADER) : BY_NOTE_CATEGORY[thing.category]];
  else {
    const found = BY_ENTITY[thing.entity];
    holders = found ? [found] : [];
  }
  return [...new Set(holders.map((one) => titleIn(layout, one)))];
}
