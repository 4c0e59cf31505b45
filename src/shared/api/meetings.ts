import { z } from 'zod';
import { MEETING_STATUSES, SEVERITIES, type Meeting, type MeetingSummary } from '../domain/meeting.ts';
import { calendarDate, epochMs, id, optionalText, requiredText, timeZone } from './fields.ts';
import { returns, type Deleted, type MethodDeclarations } from './method.ts';
import { FACILITATOR_ONLY } from './note-taker-rule.ts';

export const MEETING_TITLE_MAX = 200;
export const INCIDENT_ID_MAX = 64;
const LONG_TEXT_MAX = 20_000;
const SHORT_TEXT_MAX = 2_000;

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
  'meetings.get': { input: meetingIdInput, result: returns<Meeting>(), resend: 'read', noteTaker: { access: 'own-meeting' } },
  'meetings.update': {
    input: updateMeetingInput,
    result: returns<Meeting>(),
    resend: 'always',
    noteTaker: { access: 'refused', because: 'the incident facts are kept by the facilitator' },
  },
  'meetings.delete': {
    input: meetingIdInput,
    result: returns<Deleted>(),
    resend: 'never',
    noteTaker: { access: 'refused', because: FACILITATOR_ONLY },
  },
} as const satisfies MethodDeclarations;
