/**
 * Where a library search matched: the kind of item (as migration 016 names them in `search_documents.kind`) and its
 * field, in words for the results list and the CLI.
 */
export const SEARCH_KINDS = [
  'meeting',
  'service',
  'metric',
  'timeline_event',
  'why',
  'note',
  'action_item',
  'conflict',
  'participant',
  'evidence',
  'agenda_section',
  'effectiveness_result',
] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** Every field name migration 016 indexes, across kinds. */
export type SearchField =
  | 'title'
  | 'incident_id'
  | 'summary'
  | 'users_affected'
  | 'revenue_impact'
  | 'slo_budget_consumed'
  | 'data_loss'
  | 'customer_communication'
  | 'author'
  | 'reviewers'
  | 'initial_hypothesis'
  | 'mitigation_strategy'
  | 'residual_risk'
  | 'name'
  | 'metric'
  | 'before'
  | 'after'
  | 'description'
  | 'actor'
  | 'text'
  | 'owner'
  | 'topic'
  | 'position_a'
  | 'position_b'
  | 'trade_off'
  | 'resolution'
  | 'caption'
  | 'decision_note'
  | 'gate_override_note'
  | 'note';

const MEETING_FIELDS: Partial<Record<SearchField, string>> = {
  title: 'Title',
  incident_id: 'Incident id',
  summary: 'Summary',
  users_affected: 'Users affected',
  revenue_impact: 'Revenue impact',
  slo_budget_consumed: 'SLO budget consumed',
  data_loss: 'Data loss',
  customer_communication: 'Customer communication',
  author: 'Author',
  reviewers: 'Reviewers',
  initial_hypothesis: 'Initial hypothesis',
  mitigation_strategy: 'Mitigation strategy',
  residual_risk: 'Residual risk',
};

const KIND_LABELS: Record<SearchKind, string> = {
  meeting: 'Review',
  service: 'Service affected',
  metric: 'Mitigation metric',
  timeline_event: 'Timeline event',
  why: '5 Whys',
  note: 'Note',
  action_item: 'Action item',
  conflict: 'Conflicting recommendation',
  participant: 'Participant',
  evidence: 'Evidence caption',
  agenda_section: 'Gate decision',
  effectiveness_result: 'Effectiveness note',
};

/** Fields whose kind alone says enough ("Timeline event", not "Timeline event, description"). */
const SECONDARY_FIELDS: Partial<Record<SearchField, string>> = {
  actor: 'actor',
  owner: 'owner',
  before: 'before',
  after: 'after',
  position_a: 'first position',
  position_b: 'second position',
  trade_off: 'trade-off',
  resolution: 'resolution',
  gate_override_note: 'override reason',
};

export function isSearchKind(value: string): value is SearchKind {
  return (SEARCH_KINDS as readonly string[]).includes(value);
}

/** "Summary", "Timeline event", "Action item, owner": where a match is, in a few words. */
export function matchPlace(kind: SearchKind, field: SearchField): string {
  if (kind === 'meeting') return MEETING_FIELDS[field] ?? KIND_LABELS.meeting;
  const secondary = SECONDARY_FIELDS[field];
  return secondary === undefined ? KIND_LABELS[kind] : `${KIND_LABELS[kind]}, ${secondary}`;
}
