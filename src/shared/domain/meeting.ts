export const SEVERITIES = ['SEV1', 'SEV2', 'SEV3', 'SEV4'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const MEETING_STATUSES = ['draft', 'scheduled', 'in_progress', 'completed', 'archived'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** A post-incident review meeting and the incident facts its report header needs. Times are UTC epoch milliseconds. */
export interface Meeting {
  id: string;
  incidentId: string;
  title: string;
  severity: Severity | null;
  status: MeetingStatus;
  templateId: string;
  timeZone: string;
  scheduledAt: number | null;
  incidentStartedAt: number | null;
  incidentEndedAt: number | null;
  summary: string;
  usersAffected: string;
  revenueImpact: string;
  sloBudgetConsumed: string;
  dataLoss: string;
  customerCommunication: string;
  author: string;
  reviewers: string;
  /** Calendar dates, YYYY-MM-DD. */
  reviewedOn: string | null;
  followUpReviewOn: string | null;
  revision: number;
  createdAt: number;
  updatedAt: number;
}

export interface MeetingSummary {
  id: string;
  incidentId: string;
  title: string;
  severity: Severity | null;
  status: MeetingStatus;
  timelineEventCount: number;
  revision: number;
  createdAt: number;
  updatedAt: number;
}
