import type { MeetingPatch } from '../../../shared/api/meetings.ts';
import { SEVERITIES, type Meeting } from '../../../shared/domain/meeting.ts';
import { instantOf, wallClockAt } from '../../../shared/time/zoned-time.ts';

/** The incident facts a meeting keeps, as the facts form edits them. */
export const FACT_FIELDS = [
  'incidentId',
  'title',
  'severity',
  'timeZone',
  'incidentStartedAt',
  'incidentEndedAt',
  'usersAffected',
  'revenueImpact',
  'sloBudgetConsumed',
  'dataLoss',
  'customerCommunication',
  'author',
  'reviewers',
  'reviewedOn',
  'followUpReviewOn',
  'summary',
  'scheduledAt',
  'initialHypothesis',
  'mitigationStrategy',
  'residualRisk',
  'nextUpdateAt',
] as const satisfies readonly (keyof MeetingPatch)[];
export type FactField = (typeof FACT_FIELDS)[number];

export const FACT_LABELS: Readonly<Record<FactField, string>> = {
  incidentId: 'Incident ID',
  title: 'Title',
  severity: 'Severity',
  timeZone: 'Time zone',
  incidentStartedAt: 'Incident started',
  incidentEndedAt: 'Incident ended',
  usersAffected: 'Users affected',
  revenueImpact: 'Revenue impact',
  sloBudgetConsumed: 'SLO budget consumed',
  dataLoss: 'Data loss',
  customerCommunication: 'Customer communication',
  author: 'Author',
  reviewers: 'Reviewers',
  reviewedOn: 'Reviewed on',
  followUpReviewOn: 'Follow-up review on',
  summary: 'Summary',
  scheduledAt: 'Meeting date',
  initialHypothesis: 'Initial hypothesis',
  mitigationStrategy: 'Mitigation strategy',
  residualRisk: 'Residual risk',
  nextUpdateAt: 'Next stakeholder update',
};

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** An instant as a datetime-local input shows it in the meeting's time zone: "2026-02-03T14:05". */
export function localDateTimeText(epochMs: number, timeZone: string): string {
  const clock = wallClockAt(epochMs, timeZone);
  return `${pad(clock.year, 4)}-${pad(clock.month)}-${pad(clock.day)}T${pad(clock.hour)}:${pad(clock.minute)}`;
}

/** The text a field's input shows for the stored meeting. */
export function factText(meeting: Meeting, field: FactField): string {
  switch (field) {
    case 'incidentStartedAt':
    case 'incidentEndedAt':
    case 'scheduledAt':
    case 'nextUpdateAt': {
      const at = meeting[field];
      return at === null ? '' : localDateTimeText(at, meeting.timeZone);
    }
    case 'severity':
    case 'reviewedOn':
    case 'followUpReviewOn':
      return meeting[field] ?? '';
    default:
      return meeting[field];
  }
}

export type ParsedFact = { ok: true; patch: MeetingPatch } | { ok: false; message: string };

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** What typed text means for the stored meeting; the schema then checks lengths, dates and zones and names the field. */
export function parseFact(field: FactField, text: string, timeZone: string): ParsedFact {
  switch (field) {
    case 'incidentStartedAt':
    case 'incidentEndedAt':
    case 'scheduledAt':
    case 'nextUpdateAt': {
      if (text.trim() === '') return { ok: true, patch: { [field]: null } };
      const match = LOCAL_DATE_TIME.exec(text.trim());
      if (!match) return { ok: false, message: 'must be a date and time such as 2026-02-03T14:05' };
      const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0));
      const clock = { year: year ?? 0, month: month ?? 0, day: day ?? 0, hour: hour ?? 0, minute: minute ?? 0, second: second ?? 0 };
      if (clock.month < 1 || clock.month > 12 || clock.day < 1 || clock.day > 31 || clock.hour > 23 || clock.minute > 59) {
        return { ok: false, message: 'must be a real date and time' };
      }
      return { ok: true, patch: { [field]: instantOf(clock, timeZone) } };
    }
    case 'severity': {
      if (text === '') return { ok: true, patch: { severity: null } };
      const severity = SEVERITIES.find((candidate) => candidate === text);
      return severity ? { ok: true, patch: { severity } } : { ok: false, message: 'must be SEV1, SEV2, SEV3 or SEV4' };
    }
    case 'reviewedOn':
    case 'followUpReviewOn':
      return { ok: true, patch: { [field]: text.trim() === '' ? null : text.trim() } };
    default:
      return { ok: true, patch: { [field]: text } };
  }
}
