import { z } from 'zod';
import { MEETING_STATUSES, SEVERITIES, type Meeting, type MeetingSummary, type ServiceNameUse } from '../domain/meeting.ts';
import { calendarDate, epochMs, id, optionalText, requiredText, timeZone } from './fields.ts';
import { returns, type Deleted, type MethodDeclarations } from './method.ts';
import { FACILITATOR_ONLY } from './note-taker-rule.ts';

export const MEETING_TITLE_MAX = 200;
export const INCIDENT_ID_MAX = 64;
const LONG_TEXT_MAX = 20_000;
const SHORT_TEXT_MAX = 2_000;
const WORKFLOW_TEXT_MAX = 5_000;
export const SERVICE_NAME_MAX = 100;
export const SERVICES_MAX = 50;
export const METRIC_TEXT_MAX = 200;
export const METRICS_MAX = 20;

/** The same name typed twice, in any case, is kept once, as first written. */
function firstOfEachName(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = name.toLocaleLowerCase('en-US');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** INC-1's services affected: names trimmed, none empty, each once whatever its case. */
export const servicesAffected = z
  .array(requiredText(SERVICE_NAME_MAX, `must be a service name of at most ${SERVICE_NAME_MAX} characters`), { message: 'must be a list of service names' })
  .max(SERVICES_MAX, { message: `must name at most ${SERVICES_MAX} services` })
  .transform(firstOfEachName);

/** INC-2's measurements: what was measured, and its value before and after the mitigation. */
export const metricChange = z.strictObject({
  metric: requiredText(METRIC_TEXT_MAX),
  before: optionalText(METRIC_TEXT_MAX),
  after: optionalText(METRIC_TEXT_MAX),
});
export const metricChanges = z
  .array(metricChange, { message: 'must be a list of metrics' })
  .max(METRICS_MAX, { message: `must hold at most ${METRICS_MAX} metrics` });

export const createMeetingInput = z.strictObject({
  title: requiredText(MEETING_TITLE_MAX),
  incidentId: optionalText(INCIDENT_ID_MAX).optional(),
  severity: z.enum(SEVERITIES).nullable().optional(),
  timeZone: timeZone.optional(),
  /** The agenda template to start from; the default (blameless-60) when left out. */
  templateId: requiredText(100).optional(),
  /** A client-chosen id makes a retried create idempotent. */
  id: id.optional(),
});

export const meetingPatch = z
  .strictObject({
    title: requiredText(MEETING_TITLE_MAX),
    incidentId: optionalText(INCIDENT_ID_MAX),
    severity: z.enum(SEVERITIES).nullable(),
    status: z.enum(MEETING_STATUSES),
    timeZone,
    scheduledAt: epochMs.nullable(),
    incidentStartedAt: epochMs.nullable(),
    incidentEndedAt: epochMs.nullable(),
    summary: optionalText(LONG_TEXT_MAX),
    usersAffected: optionalText(SHORT_TEXT_MAX),
    revenueImpact: optionalText(SHORT_TEXT_MAX),
    sloBudgetConsumed: optionalText(SHORT_TEXT_MAX),
    dataLoss: optionalText(SHORT_TEXT_MAX),
    customerCommunication: optionalText(SHORT_TEXT_MAX),
    author: optionalText(SHORT_TEXT_MAX),
    reviewers: optionalText(SHORT_TEXT_MAX),
    reviewedOn: calendarDate.nullable(),
    followUpReviewOn: calendarDate.nullable(),
    servicesAffected,
    initialHypothesis: optionalText(WORKFLOW_TEXT_MAX),
    mitigationStrategy: optionalText(WORKFLOW_TEXT_MAX),
    metrics: metricChanges,
    residualRisk: optionalText(WORKFLOW_TEXT_MAX),
    nextUpdateAt: epochMs.nullable(),
  })
  .partial();
export type MeetingPatch = z.infer<typeof meetingPatch>;

export const updateMeetingInput = z
  .strictObject({ id, patch: meetingPatch })
  .refine(
    (input) => input.patch.incidentStartedAt == null || input.patch.incidentEndedAt == null || input.patch.incidentEndedAt >= input.patch.incidentStartedAt,
    { message: 'the incident cannot end before it started', path: ['patch', 'incidentEndedAt'] },
  );

export const meetingIdInput = z.strictObject({ id });
export const listMeetingsInput = z.strictObject({}).optional();
export const listServiceNamesInput = z.strictObject({}).optional();

export const meetingMethods = {
  'meetings.create': {
    input: createMeetingInput,
    result: returns<Meeting>(),
    resend: 'with-id',
    noteTaker: { access: 'refused', because: FACILITATOR_ONLY },
  },
  'meetings.list': {
    input: listMeetingsInput,
    result: returns<MeetingSummary[]>(),
    resend: 'read',
    noteTaker: { access: 'refused', because: 'a note-taker sees only the meeting they joined' },
  },
  /** Every service named as affected in a stored meeting, once ignoring case, with how many meetings named it; most used first. */
  'meetings.services': {
    input: listServiceNamesInput,
    result: returns<ServiceNameUse[]>(),
    resend: 'read',
    noteTaker: { access: 'refused', because: 'a note-taker sees only the meeting they joined' },
  },
  'meetings.get': { input: meetingIdInput, result: returns<Meeting>(), resend: 'read', noteTaker: { access: 'own-meeting' } },
  'meetings.update': {
    input: updateMeetingInput,
    result: returns<Meeting>(),
    resend: 'always',
    noteTaker: { access: 'refused', because: 'the incident facts are kept by the facilitator' },
    reportContent: 'except-status',
  },
  /** Deletes the meeting, keeping its JSON archive in the database so that the delete can be undone. */
  'meetings.delete': {
    input: meetingIdInput,
    result: returns<Deleted>(),
    resend: 'never',
    noteTaker: { access: 'refused', because: FACILITATOR_ONLY },
  },
  /** Puts a deleted meeting back as it was, with its own ids, from the archive kept when it was deleted (undo). */
  'meetings.restore': {
    input: meetingIdInput,
    result: returns<Meeting>(),
    resend: 'never',
    noteTaker: { access: 'refused', because: FACILITATOR_ONLY },
  },
} as const satisfies MethodDeclarations;
