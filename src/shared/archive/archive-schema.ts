import { z } from 'zod';
import { ACTION_AUTHOR_MAX, actionPatch, CHECK_KEY_MAX } from '../api/actions.ts';
import { GATE_OVERRIDE_NOTE_MAX, MAX_SECTIONS, updateSectionInput } from '../api/agenda.ts';
import { updateConflictInput } from '../api/conflicts.ts';
import { epochMs, id, optionalText, requiredText } from '../api/fields.ts';
import { meetingPatch, metricChanges, servicesAffected } from '../api/meetings.ts';
import { NOTE_TEXT_MAX } from '../api/notes.ts';
import { updateParticipantInput } from '../api/participants.ts';
import { ACTOR_MAX, ORIGIN_MAX, timelineEventPatch } from '../api/timeline.ts';
import { whyPatch } from '../api/whys.ts';
import { linkUrl } from '../api/evidence.ts';
import { GATE_DECISIONS } from '../domain/agenda.ts';
import { EFFECTIVENESS_NOTE_MAX } from '../api/effectiveness.ts';
import { EFFECTIVENESS_OUTCOMES } from '../domain/effectiveness.ts';
import { factorNameKey, TAG_ITEM_KINDS } from '../domain/factors.ts';
import { FACTOR_NAME_MAX } from '../api/tags.ts';
import { REVIEWER_NAME_MAX } from '../api/review.ts';
import { DRAFT_REVIEW, REVIEW_HISTORY_KINDS, REVIEW_STATES } from '../domain/review.ts';
import {
  EVIDENCE_CAPTION_MAX,
  EVIDENCE_FILE_NAME_MAX,
  EVIDENCE_KINDS,
  EVIDENCE_TARGETS,
  IMAGE_MEDIA_TYPES,
  MAX_IMAGE_BYTES,
  MAX_IMAGE_LABEL,
} from '../domain/evidence.ts';
import { base64Length, base64ToBytes } from '../evidence/base64.ts';
import { sniffImageType } from '../evidence/sniff-image.ts';
import { FINDING_KINDS, FINDING_SEVERITIES, NOTE_CATEGORIES } from '../domain/notes.ts';
import { PERSPECTIVES } from '../domain/participant.ts';
import { TIMELINE_SOURCES } from '../domain/timeline.ts';
import { WHY_DEPTH_MAX, WHY_DEPTH_RULE, WHYS_PER_MEETING_MAX, whyDepths } from '../whys/limits.ts';
import { ARCHIVE_FORMAT, ARCHIVE_VERSION } from './meeting-archive.ts';

const AUTHOR_MAX = 200;
const TEMPLATE_ID_MAX = 100;

const count = (what: string) =>
  z
    .number({ message: `must be a number of ${what}` })
    .int({ message: `must be a whole number of ${what}` })
    .min(0, { message: 'must not be negative' });

const position = count('places');
const revision = count('revisions');
const nullableTime = epochMs.nullable();

/** The fields a person edits are checked exactly as the API checks them; the rest are what the store adds. */
const meetingSchema = meetingPatch.required().extend({
  // Recorded since archive version 3; an older archive's meeting comes back with these empty.
  servicesAffected: servicesAffected.default([]),
  initialHypothesis: meetingPatch.shape.initialHypothesis.unwrap().default(''),
  mitigationStrategy: meetingPatch.shape.mitigationStrategy.unwrap().default(''),
  metrics: metricChanges.default([]),
  residualRisk: meetingPatch.shape.residualRisk.unwrap().default(''),
  nextUpdateAt: nullableTime.default(null),
  id,
  templateId: requiredText(TEMPLATE_ID_MAX),
  revision,
  createdAt: epochMs,
  updatedAt: epochMs,
});

const timelineEventSchema = timelineEventPatch.required().extend({
  id,
  meetingId: id,
  source: z.enum(TIMELINE_SOURCES),
  origin: optionalText(ORIGIN_MAX).default(''),
  keyMoment: z.boolean().default(false),
  author: optionalText(ACTOR_MAX),
  createdAt: epochMs,
  updatedAt: epochMs,
});

const whySchema = whyPatch.required().extend({
  id,
  meetingId: id,
  author: optionalText(AUTHOR_MAX),
  createdAt: epochMs,
  updatedAt: epochMs,
});

const noteSchema = z.strictObject({
  id,
  meetingId: id,
  category: z.enum(NOTE_CATEGORIES),
  perspective: z.enum(PERSPECTIVES).nullable(),
  findingKind: z.enum(FINDING_KINDS).nullable(),
  // Recorded since archive version 3.
  severity: z.enum(FINDING_SEVERITIES).nullable().default(null),
  position,
  text: requiredText(NOTE_TEXT_MAX),
  author: optionalText(AUTHOR_MAX),
  createdAt: epochMs,
  updatedAt: epochMs,
});

const conflictSchema = updateConflictInput.shape.patch.required().extend({
  id,
  meetingId: id,
  position,
  createdAt: epochMs,
  updatedAt: epochMs,
});

const actionSchema = actionPatch.required().extend({
  id,
  meetingId: id,
  position,
  // Recorded since archive version 2; an older archive has none, and its items come back with an empty author.
  author: optionalText(ACTION_AUTHOR_MAX).default(''),
  createdAt: epochMs,
  updatedAt: epochMs,
});

const participantSchema = updateParticipantInput.shape.patch.required().extend({
  id,
  meetingId: id,
  createdAt: epochMs,
});

const sectionSchema = updateSectionInput.shape.patch.required().extend({
  id,
  meetingId: id,
  position,
  extensionSeconds: z.number({ message: 'must be a number of seconds' }).int({ message: 'must be a whole number of seconds' }),
  elapsedMs: count('milliseconds'),
  startedAt: nullableTime,
  endedAt: nullableTime,
  decision: z.enum(GATE_DECISIONS).nullable(),
  decisionNote: optionalText(2_000),
  // Recorded since archive version 3; an older archive's gates were never overridden.
  gateOverriddenAt: nullableTime.default(null),
  gateOverrideNote: optionalText(GATE_OVERRIDE_NOTE_MAX).default(''),
});

const timerSchema = z.strictObject({
  meetingId: id,
  currentSectionId: id.nullable(),
  runningSince: nullableTime,
  meetingStartedAt: nullableTime,
  meetingEndedAt: nullableTime,
  soundEnabled: z.boolean({ message: 'must be true or false' }),
});

/** An image's bytes must be what its media type says, and at most 10 MB; a link has no bytes. */
const evidenceSchema = z
  .strictObject({
    id,
    meetingId: id,
    target: z.enum(EVIDENCE_TARGETS),
    targetId: id,
    kind: z.enum(EVIDENCE_KINDS),
    caption: requiredText(EVIDENCE_CAPTION_MAX),
    url: linkUrl.nullable(),
    mediaType: z.enum(IMAGE_MEDIA_TYPES).nullable(),
    byteSize: count('bytes')
      .max(MAX_IMAGE_BYTES, { message: `must be at most ${MAX_IMAGE_LABEL}` })
      .nullable(),
    fileName: optionalText(EVIDENCE_FILE_NAME_MAX).nullable(),
    data: z
      .string()
      .max(base64Length(MAX_IMAGE_BYTES), { message: `must be an image of at most ${MAX_IMAGE_LABEL}` })
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: 'must be base64' })
      .nullable(),
    createdAt: epochMs,
    updatedAt: epochMs,
  })
  .superRefine((evidence, context) => {
    const issue = (path: string, message: string) => context.addIssue({ code: 'custom', path: [path], message });
    if (evidence.kind === 'link') {
      if (evidence.url === null) issue('url', 'is required for a link');
      if (evidence.data !== null || evidence.mediaType !== null || evidence.byteSize !== null) issue('data', 'must be null for a link');
      return;
    }
    if (evidence.url !== null) issue('url', 'must be null for an image');
    if (evidence.data === null || evidence.mediaType === null) return issue('data', 'is required for an image, with its mediaType');
    let bytes: Uint8Array;
    try {
      bytes = base64ToBytes(evidence.data);
    } catch {
      return issue('data', 'must be base64');
    }
    if (bytes.byteLength > MAX_IMAGE_BYTES) return issue('data', `must be an image of at most ${MAX_IMAGE_LABEL}`);
    if (sniffImageType(bytes) !== evidence.mediaType) issue('data', `must hold the ${evidence.mediaType} image that mediaType names`);
    if (evidence.byteSize !== bytes.byteLength) issue('byteSize', 'must be the size of data in bytes');
  });

const REVIEW_DETAIL_MAX = 1_000;

const reviewSchema = z.strictObject({
  state: z.enum(REVIEW_STATES),
  stateChangedAt: nullableTime,
  reviewers: z.array(z.strictObject({ name: requiredText(REVIEWER_NAME_MAX), addedAt: epochMs, signedOffAt: nullableTime })),
  history: z.array(
    z.strictObject({
      at: epochMs,
      who: requiredText(REVIEWER_NAME_MAX),
      kind: z.enum(REVIEW_HISTORY_KINDS),
      detail: optionalText(REVIEW_DETAIL_MAX),
    }),
  ),
});

const effectivenessResultSchema = z.strictObject({
  actionItemId: id,
  meetingId: id,
  outcome: z.enum(EFFECTIVENESS_OUTCOMES).nullable(),
  note: optionalText(EFFECTIVENESS_NOTE_MAX),
  recordedAt: epochMs,
});

const tagSchema = z.strictObject({
  itemKind: z.enum(TAG_ITEM_KINDS),
  itemId: id,
  factor: requiredText(FACTOR_NAME_MAX),
});

const archiveFields = z.strictObject({
  format: z.literal(ARCHIVE_FORMAT, { message: `must be "${ARCHIVE_FORMAT}"` }),
  version: z
    .number({ message: 'must be a version number' })
    .int({ message: 'must be a whole number' })
    .min(1, { message: 'must be at least 1' })
    .max(ARCHIVE_VERSION, { message: `must be at most ${ARCHIVE_VERSION}` }),
  exportedAt: epochMs,
  meeting: meetingSchema,
  timeline: z.array(timelineEventSchema),
  whys: z
    .array(whySchema)
    .max(WHYS_PER_MEETING_MAX, { message: `must hold at most ${WHYS_PER_MEETING_MAX.toLocaleString('en-US')} whys, the most one meeting can hold` }),
  notes: z.array(noteSchema),
  conflicts: z.array(conflictSchema),
  actions: z.array(actionSchema),
  participants: z.array(participantSchema),
  agenda: z.strictObject({
    templateId: requiredText(TEMPLATE_ID_MAX),
    sections: z.array(sectionSchema).max(MAX_SECTIONS, { message: `must have at most ${MAX_SECTIONS} sections` }),
    timer: timerSchema,
  }),
  dismissedChecks: z.array(requiredText(CHECK_KEY_MAX)),
  // Since archive version 3; an older archive has none.
  evidence: z.array(evidenceSchema).default([]),
  // Since archive version 4; an older archive's review is a draft with no reviewers.
  review: reviewSchema.default(() => ({ ...DRAFT_REVIEW, reviewers: [], history: [] })),
  // Since archive version 5; an older archive has no effectiveness results.
  effectiveness: z.array(effectivenessResultSchema).default([]),
  // Since archive version 6; an older archive has no contributing-factor tags.
  tags: z.array(tagSchema).default([]),
});

type ArchiveFields = z.output<typeof archiveFields>;
type Issue = { path: (string | number)[]; message: string };

/** Each entity is listed once. */
function duplicateIds(list: readonly { id: string }[], ...at: string[]): Issue[] {
  const seen = new Set<string>();
  const issues: Issue[] = [];
  list.forEach((item, index) => {
    if (seen.has(item.id)) issues.push({ path: [...at, index, 'id'], message: 'appears twice in the archive' });
    seen.add(item.id);
  });
  return issues;
}

/** One reviewer of a name, as the database keeps them (ignoring ASCII case). */
function duplicateReviewers(reviewers: ArchiveFields['review']['reviewers']): Issue[] {
  const seen = new Set<string>();
  const issues: Issue[] = [];
  reviewers.forEach((reviewer, index) => {
    const key = reviewer.name.replace(/[A-Z]/g, (letter) => letter.toLowerCase());
    if (seen.has(key)) issues.push({ path: ['review', 'reviewers', index, 'name'], message: 'appears twice among the reviewers' });
    seen.add(key);
  });
  return issues;
}

/** Everything in the archive belongs to the archived meeting. */
function foreignMeetingIds(archive: ArchiveFields): Issue[] {
  const meetingId = archive.meeting.id;
  const lists = [
    ['timeline', archive.timeline],
    ['whys', archive.whys],
    ['notes', archive.notes],
    ['conflicts', archive.conflicts],
    ['actions', archive.actions],
    ['participants', archive.participants],
    ['evidence', archive.evidence],
    ['effectiveness', archive.effectiveness],
  ] as const;
  const issues: Issue[] = [];
  for (const [name, list] of lists) {
    list.forEach((item, index) => {
      if (item.meetingId !== meetingId) issues.push({ path: [name, index, 'meetingId'], message: "must be the archived meeting's id (meeting.id)" });
    });
  }
  archive.agenda.sections.forEach((section, index) => {
    if (section.meetingId !== meetingId)
      issues.push({ path: ['agenda', 'sections', index, 'meetingId'], message: "must be the archived meeting's id (meeting.id)" });
  });
  if (archive.agenda.timer.meetingId !== meetingId) {
    issues.push({ path: ['agenda', 'timer', 'meetingId'], message: "must be the archived meeting's id (meeting.id)" });
  }
  return issues;
}

/** Every parent is in the archive, no node is its own ancestor, and no node is deeper than the tree allows. */
function brokenWhyTree(whys: ArchiveFields['whys']): Issue[] {
  const ids = new Set(whys.map((why) => why.id));
  const depths = whyDepths(whys);
  const issues: Issue[] = [];
  whys.forEach((why, index) => {
    if (why.parentId === null) return;
    const depth = depths.get(why.id);
    if (!ids.has(why.parentId)) {
      issues.push({ path: ['whys', index, 'parentId'], message: 'refers to a why that is not in the archive' });
    } else if (depth === undefined) {
      issues.push({ path: ['whys', index, 'parentId'], message: 'makes the whys a loop instead of a tree' });
    } else if (depth > WHY_DEPTH_MAX) {
      issues.push({ path: ['whys', index, 'parentId'], message: `puts this why ${depth} levels deep; ${WHY_DEPTH_RULE}` });
    }
  });
  return issues;
}

function brokenLinks(archive: ArchiveFields): Issue[] {
  const whyIds = new Set(archive.whys.map((why) => why.id));
  const noteIds = new Set(archive.notes.map((note) => note.id));
  const sectionIds = new Set(archive.agenda.sections.map((section) => section.id));
  const issues: Issue[] = [];
  const actionIds = new Set(archive.actions.map((action) => action.id));
  const checked = new Set<string>();
  archive.effectiveness.forEach((result, index) => {
    if (!actionIds.has(result.actionItemId))
      issues.push({ path: ['effectiveness', index, 'actionItemId'], message: 'refers to an action item that is not in the archive' });
    if (checked.has(result.actionItemId)) issues.push({ path: ['effectiveness', index, 'actionItemId'], message: 'has a second result in the archive' });
    checked.add(result.actionItemId);
  });
  archive.actions.forEach((action, index) => {
    if (action.whyId !== null && !whyIds.has(action.whyId))
      issues.push({ path: ['actions', index, 'whyId'], message: 'refers to a why that is not in the archive' });
    if (action.noteId !== null && !noteIds.has(action.noteId))
      issues.push({ path: ['actions', index, 'noteId'], message: 'refers to a note that is not in the archive' });
    if (action.whyId !== null && action.noteId !== null)
      issues.push({ path: ['actions', index, 'noteId'], message: 'an action item addresses one finding, so whyId and noteId cannot both be set' });
  });
  const tagged = { meeting: new Set([archive.meeting.id]), why: whyIds, note: noteIds };
  const tags = new Set<string>();
  archive.tags.forEach((tag, index) => {
    if (!tagged[tag.itemKind].has(tag.itemId))
      issues.push({ path: ['tags', index, 'itemId'], message: `refers to a ${tag.itemKind} that is not in the archive` });
    const key = `${tag.itemKind}:${tag.itemId}:${factorNameKey(tag.factor)}`;
    if (tags.has(key)) issues.push({ path: ['tags', index, 'factor'], message: 'tags this item with the same factor twice' });
    tags.add(key);
  });
  const targets = { timeline_event: new Set(archive.timeline.map((event) => event.id)), why: whyIds, note: noteIds };
  archive.evidence.forEach((evidence, index) => {
    if (!targets[evidence.target].has(evidence.targetId))
      issues.push({ path: ['evidence', index, 'targetId'], message: `refers to a ${evidence.target.replace('_', ' ')} that is not in the archive` });
  });
  const current = archive.agenda.timer.currentSectionId;
  if (current !== null && !sectionIds.has(current)) {
    issues.push({ path: ['agenda', 'timer', 'currentSectionId'], message: 'refers to a section that is not in the agenda' });
  }
  return issues;
}

function inconsistentFields(archive: ArchiveFields): Issue[] {
  const issues: Issue[] = [];
  const { meeting } = archive;
  if (meeting.incidentStartedAt !== null && meeting.incidentEndedAt !== null && meeting.incidentEndedAt < meeting.incidentStartedAt) {
    issues.push({ path: ['meeting', 'incidentEndedAt'], message: 'the incident cannot end before it started' });
  }
  if (archive.agenda.templateId !== meeting.templateId) {
    issues.push({ path: ['agenda', 'templateId'], message: 'must be the same as meeting.templateId' });
  }
  archive.notes.forEach((note, index) => {
    const isFinding = note.category === 'perspective_finding';
    for (const field of ['perspective', 'findingKind'] as const) {
      if (isFinding && note[field] === null) issues.push({ path: ['notes', index, field], message: 'is required for a perspective finding' });
      if (!isFinding && note[field] !== null) issues.push({ path: ['notes', index, field], message: 'is only for a perspective finding' });
    }
    if (!isFinding && note.severity !== null) issues.push({ path: ['notes', index, 'severity'], message: 'is only for a perspective finding' });
  });
  return issues;
}

/**
 * A Debrief meeting archive, every field checked as the API checks it, and every reference inside it (a why's parent,
 * an action's finding, the timer's section) pointing at something in the same archive.
 */
export const meetingArchiveSchema = archiveFields.superRefine((archive, context) => {
  const issues = [
    ...duplicateIds(archive.timeline, 'timeline'),
    ...duplicateIds(archive.whys, 'whys'),
    ...duplicateIds(archive.notes, 'notes'),
    ...duplicateIds(archive.conflicts, 'conflicts'),
    ...duplicateIds(archive.actions, 'actions'),
    ...duplicateIds(archive.participants, 'participants'),
    ...duplicateIds(archive.agenda.sections, 'agenda', 'sections'),
    ...duplicateIds(archive.evidence, 'evidence'),
    ...duplicateReviewers(archive.review.reviewers),
    ...foreignMeetingIds(archive),
    ...brokenWhyTree(archive.whys),
    ...brokenLinks(archive),
    ...inconsistentFields(archive),
  ];
  for (const issue of issues) context.addIssue({ code: 'custom', path: issue.path, message: issue.message });
});
