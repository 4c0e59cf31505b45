import type { Database } from 'better-sqlite3';
import type { ActionItem } from '../../../shared/domain/actions.ts';
import type { AgendaSection } from '../../../shared/domain/agenda.ts';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import { statement } from '../statements.ts';
import { replaceMeetingMetrics } from './meeting-metrics.ts';
import { replaceMeetingServices } from './meeting-services.ts';

/*
 * Inserts that write every column as given, for a meeting restored from an archive: the everyday inserts stamp their
 * own times and leave the clock and decision columns at their defaults.
 */

/** The meeting's row and its lists (services affected, metrics). */
export function insertArchivedMeeting(db: Database, meeting: Meeting): void {
  const { servicesAffected, metrics, ...columns } = meeting;
  statement(
    db,
    `INSERT INTO meetings (id, incident_id, title, severity, status, template_id, time_zone, scheduled_at,
       incident_started_at, incident_ended_at, summary, users_affected, revenue_impact, slo_budget_consumed, data_loss,
       customer_communication, author, reviewers, reviewed_on, follow_up_review_on, initial_hypothesis,
       mitigation_strategy, residual_risk, next_update_at, revision, created_at, updated_at)
     VALUES (@id, @incidentId, @title, @severity, @status, @templateId, @timeZone, @scheduledAt,
       @incidentStartedAt, @incidentEndedAt, @summary, @usersAffected, @revenueImpact, @sloBudgetConsumed, @dataLoss,
       @customerCommunication, @author, @reviewers, @reviewedOn, @followUpReviewOn, @initialHypothesis,
       @mitigationStrategy, @residualRisk, @nextUpdateAt, @revision, @createdAt, @updatedAt)`,
  ).run(columns);
  replaceMeetingServices(db, meeting.id, servicesAffected);
  replaceMeetingMetrics(db, meeting.id, metrics);
}

export function insertArchivedSection(db: Database, section: AgendaSection): void {
  statement(
    db,
    `INSERT INTO agenda_sections (id, meeting_id, position, kind, title, perspective, planned_seconds, extension_seconds,
       elapsed_ms, started_at, ended_at, gated, decision, decision_note, gate_overridden_at, gate_override_note)
     VALUES (@id, @meetingId, @position, @kind, @title, @perspective, @plannedSeconds, @extensionSeconds,
       @elapsedMs, @startedAt, @endedAt, @gated, @decision, @decisionNote, @gateOverriddenAt, @gateOverrideNote)`,
  ).run({ ...section, gated: section.gated ? 1 : 0 });
}

export function insertArchivedActionItem(db: Database, item: ActionItem): void {
  statement(
    db,
    `INSERT INTO action_items
       (id, meeting_id, position, title, owner, due_on, priority, horizon, category, status, why_id, note_id, author, created_at,
       updated_at)
     VALUES (@id, @meetingId, @position, @title, @owner, @dueOn, @priority, @horizon, @category, @status, @whyId, @noteId,
       @author, @createdAt, @updatedAt)`,
  ).run(item);
}
