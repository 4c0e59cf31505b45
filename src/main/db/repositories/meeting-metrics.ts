import type { Database } from 'better-sqlite3';
import type { MetricChange } from '../../../shared/domain/meeting.ts';
import { statement } from '../statements.ts';

/** The mitigation's metrics (INC-2), in the order given. */
export function listMeetingMetrics(db: Database, meetingId: string): MetricChange[] {
  return statement(db, 'SELECT metric, before_value AS before, after_value AS after FROM meeting_metrics WHERE meeting_id = ? ORDER BY position').all(
    meetingId,
  ) as MetricChange[];
}

/** Replaces the meeting's metrics with `metrics`; call inside a transaction. */
export function replaceMeetingMetrics(db: Database, meetingId: string, metrics: readonly MetricChange[]): void {
  statement(db, 'DELETE FROM meeting_metrics WHERE meeting_id = ?').run(meetingId);
  const insert = statement(db, 'INSERT INTO meeting_metrics (meeting_id, position, metric, before_value, after_value) VALUES (?, ?, ?, ?, ?)');
  metrics.forEach((metric, position) => insert.run(meetingId, position, metric.metric, metric.before, metric.after));
}
