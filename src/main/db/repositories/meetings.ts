import type { Database } from 'better-sqlite3';
import type { MeetingPatch } from '../../../shared/api/meetings.ts';
import type { Meeting, MeetingStatus, MeetingSummary, Severity } from '../../../shared/domain/meeting.ts';
import { expectChanges, setClause, statement } from '../statements.ts';
import { listMeetingMetrics, replaceMeetingMetrics } from './meeting-metrics.ts';
import { listMeetingServices, replaceMeetingServices } from './meeting-services.ts';
import { detachWhysOfMeeting } from './whys.ts';
import type { ReviewState } from '../../../shared/domain/review.ts';

interface MeetingRow {
  id: string;
  incident_id: string;
  title: string;
  severity: Severity | null;
  status: MeetingStatus;
  template_id: string;
  time_zone: string;
  scheduled_at: number | null;
  incident_started_at: number | null;
  incident_ended_at: number | null;
  summary: string;
  users_affected: string;
  revenue_impact: string;
  slo_budget_consumed: string;
  data_loss: string;
  customer_communication: string;
  author: string;
  reviewers: string;
  reviewed_on: string | null;
  follow_up_review_on: string | null;
  initial_hypothesis: string;
  mitigation_strategy: string;
  residual_risk: string;
  next_update_at: number | null;
  revision: number;
  created_at: number;
  updated_at: number;
}

/** The meeting in `row`, with its lists (services and metrics) read from their own tables. */
function toMeeting(db: Database, row: MeetingRow): Meeting {
  return {
    id: row.id,
    incidentId: row.incident_id,
    title: row.title,
    severity: row.severity,
    status: row.status,
    templateId: row.template_id,
    timeZone: row.time_zone,
    scheduledAt: row.scheduled_at,
    incidentStartedAt: row.incident_started_at,
    incidentEndedAt: row.incident_ended_at,
    summary: row.summary,
    usersAffected: row.users_affected,
    revenueImpact: row.revenue_impact,
    sloBudgetConsumed: row.slo_budget_consumed,
    dataLoss: row.data_loss,
    customerCommunication: row.customer_communication,
    author: row.author,
    reviewers: row.reviewers,
    reviewedOn: row.reviewed_on,
    followUpReviewOn: row.follow_up_review_on,
    servicesAffected: listMeetingServices(db, row.id),
    initialHypothesis: row.initial_hypothesis,
    mitigationStrategy: row.mitigation_strategy,
    metrics: listMeetingMetrics(db, row.id),
    residualRisk: row.residual_risk,
    nextUpdateAt: row.next_update_at,
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const PATCH_COLUMNS = [
  ['title', 'title'],
  ['incidentId', 'incident_id'],
  ['severity', 'severity'],
  ['status', 'status'],
  ['timeZone', 'time_zone'],
  ['scheduledAt', 'scheduled_at'],
  ['incidentStartedAt', 'incident_started_at'],
  ['incidentEndedAt', 'incident_ended_at'],
  ['summary', 'summary'],
  ['usersAffected', 'users_affected'],
  ['revenueImpact', 'revenue_impact'],
  ['sloBudgetConsumed', 'slo_budget_consumed'],
  ['dataLoss', 'data_loss'],
  ['customerCommunication', 'customer_communication'],
  ['author', 'author'],
  ['reviewers', 'reviewers'],
  ['reviewedOn', 'reviewed_on'],
  ['followUpReviewOn', 'follow_up_review_on'],
  ['initialHypothesis', 'initial_hypothesis'],
  ['mitigationStrategy', 'mitigation_strategy'],
  ['residualRisk', 'residual_risk'],
  ['nextUpdateAt', 'next_update_at'],
] as const;

export interface NewMeeting {
  id: string;
  title: string;
  incidentId: string;
  severity: Severity | null;
  timeZone: string;
  now: number;
}

export function insertMeeting(db: Database, meeting: NewMeeting): Meeting {
  const row = statement(
    db,
    `INSERT INTO meetings (id, title, incident_id, severity, time_zone, revision, created_at, updated_at)
     VALUES (@id, @title, @incidentId, @severity, @timeZone, 1, @now, @now)
     RETURNING *`,
  ).get(meeting) as MeetingRow;
  return toMeeting(db, row);
}

export function getMeeting(db: Database, id: string): Meeting | undefined {
  const row = statement(db, 'SELECT * FROM meetings WHERE id = ?').get(id) as MeetingRow | undefined;
  return row && toMeeting(db, row);
}

export function listMeetings(db: Database): MeetingSummary[] {
  const rows = statement(
    db,
    `SELECT m.id, m.incident_id, m.title, m.severity, m.status, m.revision, m.created_at, m.updated_at,
            m.incident_ended_at, m.follow_up_review_on, s.meeting_started_at, s.meeting_ended_at, coalesce(r.state, 'draft') AS review_state,
            CASE WHEN r.state IN ('in_review', 'published')
              THEN (SELECT min(h.at) FROM review_history h WHERE h.meeting_id = m.id AND h.kind = 'state_change') END AS circulated_at,
            (SELECT count(*) FROM timeline_events t WHERE t.meeting_id = m.id) AS timeline_event_count,
            (SELECT max(e.recorded_at) FROM effectiveness_results e WHERE e.meeting_id = m.id) AS effectiveness_recorded_at
     FROM meetings m LEFT JOIN timer_states s ON s.meeting_id = m.id LEFT JOIN reviews r ON r.meeting_id = m.id
     ORDER BY m.updated_at DESC, m.id`,
  ).all() as Array<
    Pick<
      MeetingRow,
      'id' | 'incident_id' | 'title' | 'severity' | 'status' | 'revision' | 'created_at' | 'updated_at' | 'incident_ended_at' | 'follow_up_review_on'
    > & {
      timeline_event_count: number;
      meeting_started_at: number | null;
      meeting_ended_at: number | null;
      review_state: ReviewState;
      circulated_at: number | null;
      effectiveness_recorded_at: number | null;
    }
  >;
  return rows.map((row) => ({
    id: row.id,
    incidentId: row.incident_id,
    title: row.title,
    severity: row.severity,
    status: row.status,
    timelineEventCount: row.timeline_event_count,
    incidentEndedAt: row.incident_ended_at,
    meetingStartedAt: row.meeting_started_at,
    meetingEndedAt: row.meeting_ended_at,
    followUpReviewOn: row.follow_up_review_on,
    reviewState: row.review_state,
    circulatedAt: row.circulated_at,
    effectivenessRecordedAt: row.effectiveness_recorded_at,
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }));
}

/** Applies a patch and counts it as one more revision of the meeting. */
export function updateMeeting(db: Database, id: string, patch: MeetingPatch, now: number): Meeting | undefined {
  const { servicesAffected, metrics, ...columns } = patch;
  const assignments = setClause(PATCH_COLUMNS, columns);
  const row = statement(
    db,
    `UPDATE meetings SET ${assignments ? `${assignments}, ` : ''}revision = revision + 1, updated_at = @now
     WHERE id = @id RETURNING *`,
  ).get({ ...columns, id, now }) as MeetingRow | undefined;
  if (!row) return undefined;
  if (servicesAffected !== undefined) replaceMeetingServices(db, id, servicesAffected);
  if (metrics !== undefined) replaceMeetingMetrics(db, id, metrics);
  return toMeeting(db, row);
}

/** Marks a change to anything inside the meeting: returns the new revision, or undefined if there is no such meeting. */
export function bumpRevision(db: Database, meetingId: string, now: number): number | undefined {
  const row = statement(db, 'UPDATE meetings SET revision = revision + 1, updated_at = ? WHERE id = ? RETURNING revision').get(now, meetingId) as
    { revision: number } | undefined;
  return row?.revision;
}

/** Deletes the meeting and, by ON DELETE CASCADE, everything in it; call inside a transaction. */
export function deleteMeeting(db: Database, id: string): void {
  // Unhooked first, the whys cascade one level deep whatever the depth of their tree.
  detachWhysOfMeeting(db, id);
  expectChanges(statement(db, 'DELETE FROM meetings WHERE id = ?').run(id).changes, 1, 'delete meeting');
}

/** Records which template the agenda was last built from; the caller counts the revision. */
export function setMeetingTemplate(db: Database, id: string, templateId: string): Meeting {
  const row = statement(db, 'UPDATE meetings SET template_id = ? WHERE id = ? RETURNING *').get(templateId, id) as MeetingRow | undefined;
  if (!row) throw new Error(`set meeting template: no meeting ${id}`);
  return toMeeting(db, row);
}
