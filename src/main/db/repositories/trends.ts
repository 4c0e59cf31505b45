import type { Database } from 'better-sqlite3';
import type { ActionStatus } from '../../../shared/domain/actions.ts';
import type { TimelinePhase } from '../../../shared/domain/timeline.ts';
import type { CauseRow, TrendActionItem, TrendReview, TrendRows } from '../../../shared/trends/trends.ts';
import { statement } from '../statements.ts';
import { listMeetingFactors } from './factors.ts';

/**
 * The rows the Trends view is computed from (issue 16; the figures are src/shared/trends/trends.ts). A deleted meeting
 * has left `meetings` (its archive waits in `deleted_meetings`), so nothing here sees it. A meeting that held a 30-day
 * effectiveness check (`effectiveness_reviews.meeting_id`) is not an incident review and is left out with its rows.
 */

const REVIEWS = `meetings m WHERE m.id NOT IN (SELECT meeting_id FROM effectiveness_reviews)`;

/** The phases the response times are measured by (src/shared/timeline/metrics.ts). */
const MEASURED_PHASES = `('trigger', 'detection', 'mitigation', 'resolution')`;

/** A review as read, before its first events are attached. */
type ReviewRow = Omit<TrendReview, 'firstEvents'>;

export function listTrendReviews(db: Database): TrendReview[] {
  const reviews = statement(
    db,
    `SELECT m.id, m.title, m.incident_id AS incidentId, m.severity, m.time_zone AS timeZone, m.incident_started_at AS incidentStartedAt,
       m.incident_ended_at AS incidentEndedAt, m.created_at AS createdAt
     FROM ${REVIEWS} ORDER BY m.created_at, m.id`,
  ).all() as ReviewRow[];
  const firsts = statement(
    db,
    `SELECT meeting_id AS meetingId, phase, min(occurred_at) AS occurredAt FROM timeline_events
     WHERE phase IN ${MEASURED_PHASES} GROUP BY meeting_id, phase`,
  ).all() as Array<{ meetingId: string; phase: TimelinePhase; occurredAt: number }>;
  const byMeeting = new Map<string, Array<{ phase: TimelinePhase; occurredAt: number }>>();
  for (const first of firsts) {
    const list = byMeeting.get(first.meetingId) ?? [];
    byMeeting.set(first.meetingId, list);
    list.push({ phase: first.phase, occurredAt: first.occurredAt });
  }
  return reviews.map((review) => ({ ...review, firstEvents: byMeeting.get(review.id) ?? [] }));
}

export function listTrendActionItems(db: Database): TrendActionItem[] {
  return statement(
    db,
    `SELECT a.meeting_id AS meetingId, a.status AS status, a.due_on AS dueOn FROM action_items a
     WHERE a.meeting_id IN (SELECT m.id FROM ${REVIEWS})`,
  ).all() as Array<{ meetingId: string; status: ActionStatus; dueOn: string | null }>;
}

/**
 * What each review names as a cause, one row per (review, kind, name): the services it named as affected and the
 * contributing factors it, its whys or its findings carry. Names are compared ignoring case by the aggregation.
 */
export function listCauseRows(db: Database): CauseRow[] {
  const services = statement(
    db,
    `SELECT s.meeting_id AS meetingId, s.name AS name FROM meeting_services s
     WHERE s.meeting_id IN (SELECT m.id FROM ${REVIEWS}) ORDER BY s.meeting_id, s.position`,
  ).all() as Array<{ meetingId: string; name: string }>;
  const rows: CauseRow[] = services.map((service) => ({ meetingId: service.meetingId, kind: 'service', name: service.name }));
  // Rows of meetings that are not reviews are ignored by computeTrends, which keeps the causes of the period's reviews.
  for (const { meetingId, factor } of listMeetingFactors(db)) rows.push({ meetingId, kind: 'factor', name: factor });
  return rows;
}

/** Every row the trends need, read in one transaction so they agree with each other. */
export function readTrendRows(db: Database): TrendRows {
  return db.transaction(() => ({ reviews: listTrendReviews(db), actionItems: listTrendActionItems(db), causes: listCauseRows(db) }))();
}
