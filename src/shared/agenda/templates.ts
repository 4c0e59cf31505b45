import type { AgendaTemplate, TemplateSection } from '../domain/agenda.ts';
import { PERSPECTIVES } from '../domain/participant.ts';
import { PERSPECTIVE_LABELS } from './perspective-labels.ts';

export const DEFAULT_TEMPLATE_ID = 'blameless-60';

function builtIn(id: string, name: string, description: string, sections: TemplateSection[]): AgendaTemplate {
  return { id, name, description, builtIn: true, sections, createdAt: null };
}

const blameless60 = builtIn(
  'blameless-60',
  'Blameless review, 60 min',
  'The short review: walk the timeline, dig for causes with the 5 Whys, agree a handful of owned actions.',
  [
    { kind: 'opening', title: 'Opening', minutes: 5 },
    { kind: 'timeline', title: 'Timeline walkthrough', minutes: 20 },
    { kind: 'root_cause', title: 'Root cause (5 Whys)', minutes: 15 },
    { kind: 'action_items', title: 'Action items', minutes: 15 },
    { kind: 'closing', title: 'Closing', minutes: 5 },
  ],
);

const full105 = builtIn(
  'full-105',
  'Full post-mortem, 105 min',
  'The long review for a major incident: summary, timeline, causes, what worked, what to change, and owned actions.',
  [
    { kind: 'opening', title: 'Introduction', minutes: 5 },
    { kind: 'summary', title: 'Incident summary', minutes: 10 },
    { kind: 'timeline', title: 'Timeline review', minutes: 15 },
    { kind: 'root_cause', title: 'Root cause analysis', minutes: 20 },
    { kind: 'went_well', title: 'What went well', minutes: 10 },
    { kind: 'could_improve', title: 'What could be improved', minutes: 20 },
    { kind: 'action_items', title: 'Action items', minutes: 15 },
    { kind: 'responsibilities', title: 'Assign responsibilities', minutes: 5 },
    { kind: 'closing', title: 'Closing remarks', minutes: 5 },
  ],
);

const PERSPECTIVE_MINUTES = 5;

const panel = builtIn(
  'panel',
  'Panel review',
  'Six specialist perspectives look at the same incident in turn, then the room merges their findings into one list of actions.',
  [
    { kind: 'opening', title: 'Opening', minutes: 5 },
    { kind: 'timeline', title: 'Timeline reconstruction', minutes: 15 },
    ...PERSPECTIVES.map((perspective): TemplateSection => ({
      kind: 'perspective',
      title: PERSPECTIVE_LABELS[perspective],
      minutes: PERSPECTIVE_MINUTES,
      perspective,
    })),
    { kind: 'contributing_factors', title: 'Contributing factors', minutes: 10 },
    { kind: 'symptoms_vs_causes', title: 'Symptoms vs root causes', minutes: 10 },
    { kind: 'action_items', title: 'Prioritised actions', minutes: 15 },
    { kind: 'closing', title: 'Closing', minutes: 5 },
  ],
);

const incidentWorkflow = builtIn(
  'incident-workflow',
  'Incident workflow',
  'The incident from first alert to tracked actions, phase by phase; gated phases end with an approve or revise decision.',
  [
    { kind: 'triage', title: 'Triage', minutes: 10, gated: true },
    { kind: 'mitigation', title: 'Mitigation', minutes: 10, gated: true },
    { kind: 'communication', title: 'Stakeholder communication', minutes: 5 },
    { kind: 'root_cause', title: 'Root cause', minutes: 20, gated: true },
    { kind: 'postmortem', title: 'Post-mortem', minutes: 20, gated: true },
    { kind: 'action_items', title: 'Action items', minutes: 15 },
  ],
);

export const EFFECTIVENESS_TEMPLATE_ID = 'effectiveness-15';

/**
 * The effectiveness review, 30 days after a review (seed 002's follow-up): a short meeting of its own, linked to the
 * review whose action items it walks one by one (started from that review). Not offered for new reviews, since it
 * checks an earlier one.
 */
export const EFFECTIVENESS_TEMPLATE = builtIn(
  EFFECTIVENESS_TEMPLATE_ID,
  'Effectiveness review, 15 min',
  'Thirty days after a review: for each of its action items, is it done, did it work, and what tells us so.',
  [
    { kind: 'opening', title: 'Where things stand', minutes: 2 },
    { kind: 'effectiveness', title: 'Action items, one by one', minutes: 11 },
    { kind: 'closing', title: 'What to follow up', minutes: 2 },
  ],
);

/** The templates every installation offers for a new review; the first is the default for new meetings. */
export const BUILT_IN_TEMPLATES: readonly AgendaTemplate[] = [blameless60, full105, panel, incidentWorkflow];

export function findBuiltInTemplate(id: string): AgendaTemplate | undefined {
  return [...BUILT_IN_TEMPLATES, EFFECTIVENESS_TEMPLATE].find((template) => template.id === id);
}

export function isBuiltInTemplateId(id: string): boolean {
  return findBuiltInTemplate(id) !== undefined;
}

export function templateMinutes(template: Pick<AgendaTemplate, 'sections'>): number {
  return template.sections.reduce((sum, section) => sum + section.minutes, 0);
}
