import type { ReviewState } from './review.ts';
export const SEVERITIES = ['SEV1', 'SEV2', 'SEV3', 'SEV4'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const MEETING_STATUSES = ['draft', 'scheduled', 'in_progress', 'completed', 'archived'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** One measurement of a mitigation (seed 004, INC-2: "metric — before → after"), as the facilitator wrote it. */
export interface MetricChange {
  metric: string;
  before: string;
  after: string;
}

/** How often each service name was named as affected across the stored meetings, as the API's services method lists them. */
export interface ServiceNameUse {
  name: string;
  meetingCount: number;
}

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
  /** Incident workflow (seed 004). INC-1: the services affected, in the order given, names unique ignoring case. */
  servicesAffected: string[];
  /** INC-1: the first explanation the responders worked from. */
  initialHypothesis: string;
  /** INC-2: how the impact was contained, what it measured before and after, and what risk remains. */
  mitigationStrategy: string;
  metrics: MetricChange[];
  residualRisk: string;
  /** INC-3: when the next stakeholder update is due. */
  nextUpdateAt: number | null;
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
  /** What the list's deadlines are worked out from (src/shared/meeting/deadlines.ts). */
  incidentEndedAt: number | null;
  meetingStartedAt: number | null;
  meetingEndedAt: number | null;
  followUpReviewOn: string | null;
  /** Where the review is after the meeting, and when it was first circulated (the write-up is out); null while a draft. */
  reviewState: ReviewState;
  circulatedAt: number | null;
  /** When an effectiveness result of this review was last recorded; null while none has been. */
  effectivenessRecordedAt: number | null;
  revision: number;
  createdAt: number;
  updatedAt: number;
}
