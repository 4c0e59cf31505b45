import type { Database } from 'better-sqlite3';
import type { TimerState } from '../../../shared/domain/agenda.ts';
import { statement } from '../statements.ts';

interface TimerRow {
  meeting_id: string;
  current_section_id: string | null;
  running_since: number | null;
  meeting_started_at: number | null;
  meeting_ended_at: number | null;
  sound_enabled: number;
}

function toTimer(row: TimerRow): TimerState {
  return {
    meetingId: row.meeting_id,
    currentSectionId: row.current_section_id,
    runningSince: row.running_since,
    meetingStartedAt: row.meeting_started_at,
    meetingEndedAt: row.meeting_ended_at,
    soundEnabled: row.sound_enabled === 1,
  };
}

/** The clock of a meeting that has never been run: what a meeting without a stored row shows. */
export function idleTimer(meetingId: string): TimerState {
  return { meetingId, currentSectionId: null, runningSince: null, meetingStartedAt: null, meetingEndedAt: null, soundEnabled: false };
}

export function getTimerState(db: Database, meetingId: string): TimerState | undefined {
  const row = statement(db, 'SELECT * FROM timer_states WHERE meeting_id = ?').get(meetingId) as TimerRow | undefined;
  return row && toTimer(row);
}

/** The stored clock, or the idle one; the row itself is written by the first change that needs it. */
export function readTimerState(db: Database, meetingId: string): TimerState {
  return getTimerState(db, meetingId) ?? idleTimer(meetingId);
}

export function saveTimerState(db: Database, timer: TimerState): TimerState {
  const row = statement(
    db,
    `INSERT INTO timer_states (meeting_id, current_section_id, running_since, meeting_started_at, meeting_ended_at, sound_enabled)
     VALUES (@meetingId, @currentSectionId, @runningSince, @meetingStartedAt, @meetingEndedAt, @soundEnabled)
     ON CONFLICT (meeting_id) DO UPDATE SET
       current_section_id = excluded.current_section_id,
       running_since = excluded.running_since,
       meeting_started_at = excluded.meeting_started_at,
       meeting_ended_at = excluded.meeting_ended_at,
       sound_enabled = excluded.sound_enabled
     RETURNING *`,
  ).get({ ...timer, soundEnabled: timer.soundEnabled ? 1 : 0 }) as TimerRow | undefined;
  if (!row) throw new Error(`save timer state: no row written for meeting ${timer.meetingId}`);
  return toTimer(row);
}
