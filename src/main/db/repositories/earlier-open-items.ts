import type { Database } from 'better-sqlite3';
import type { EarlierOpenItem } from '../../../shared/domain/actions.ts';
import { toActionItem, type ActionItemRow } from './action-items.ts';
import { statement } from '../statements.ts';

/** Service names compared as people read them: ignoring case in every script, as the services list groups them. */
const serviceKey = (name: string): string => name.trim().toLocaleLowerCase('en-US');

/**
 * The action items still open (open or in progress) from reviews of incidents that began before this one and name at
 * least one of its affected services: the backlog check of issue 15. Oldest incident first, each review's items in its
 * order. A meeting's incident begins at its recorded start, else when the meeting was created.
 */
export function listEarlierOpenItems(db: Database, meetingId: string): EarlierOpenItem[] {
  const own = new Set(
    (statement(db, 'SELECT name FROM meeting_services WHERE meeting_id = ?').all(meetingId) as Array<{ name: string }>).map((row) => serviceKey(row.name)),
  );
  if (own.size === 0) return [];
  // Every other earlier meeting's services: a few per meeting, so read whole and compared in JavaScript, where case
  // folding covers every script (SQLite's lower() folds only ASCII).
  const candidates = statement(
    db,
    `SELECT s.meeting_id AS meetingId, s.name AS name
       FROM meeting_services s
       JOIN meetings m ON m.id = s.meeting_id
      WHERE s.meeting_id <> @meetingId
        AND coalesce(m.incident_started_at, m.created_at) < (SELECT coalesce(incident_started_at, created_at) FROM meetings WHERE id = @meetingId)
      ORDER BY s.meeting_id, s.position`,
  ).all({ meetingId }) as Array<{ meetingId: string; name: string }>;
  const shared = new Map<string, string[]>();
  for (const candidate of candidates) {
    if (!own.has(serviceKey(candidate.name))) continue;
    shared.set(candidate.meetingId, [...(shared.get(candidate.meetingId) ?? []), candidate.name]);
  }
  if (shared.size === 0) return [];
  const rows = statement(
    db,
    `SELECT a.*, m.incident_id AS review_incident_id, m.title AS review_title,
            coalesce(m.incident_started_at, m.created_at) AS incident_at
       FROM action_items a
       JOIN meetings m ON m.id = a.meeting_id
      WHERE a.meeting_id IN (SELECT value FROM json_each(?))
        AND a.status IN ('open', 'in_progress')
      ORDER BY incident_at, m.id, a.position, a.created_at, a.id`,
  ).all(JSON.stringify([...shared.keys()])) as Array<ActionItemRow & { review_incident_id: string; review_title: string; incident_at: number }>;
  return rows.map((row) => ({
    item: toActionItem(row),
    incidentId: row.review_incident_id,
    reviewTitle: row.review_title,
    incidentAt: row.incident_at,
    sharedServices: shared.get(row.meeting_id) ?? [],
  }));
}
