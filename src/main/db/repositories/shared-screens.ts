import type { Database } from 'better-sqlite3';
import { IDLE_SCREEN, type FocusKind, type SharedScreen } from '../../../shared/domain/screen.ts';
import { statement } from '../statements.ts';

interface SharedScreenRow {
  meeting_id: string;
  focus_kind: FocusKind | null;
  focus_id: string | null;
  focused_at: number | null;
  page: number;
  page_turned_at: number | null;
}

function toScreen(row: SharedScreenRow): SharedScreen {
  return {
    focus: row.focus_kind !== null && row.focus_id !== null ? { kind: row.focus_kind, id: row.focus_id } : null,
    focusedAt: row.focused_at,
    page: row.page,
    pageTurnedAt: row.page_turned_at,
  };
}

/** The meeting's shared screen, or the idle one; the row itself is written by the first change that needs it. */
export function readSharedScreen(db: Database, meetingId: string): SharedScreen {
  const row = statement(db, 'SELECT * FROM shared_screens WHERE meeting_id = ?').get(meetingId) as SharedScreenRow | undefined;
  return row ? toScreen(row) : { ...IDLE_SCREEN };
}

export function saveSharedScreen(db: Database, meetingId: string, screen: SharedScreen): SharedScreen {
  const row = statement(
    db,
    `INSERT INTO shared_screens (meeting_id, focus_kind, focus_id, focused_at, page, page_turned_at)
     VALUES (@meetingId, @focusKind, @focusId, @focusedAt, @page, @pageTurnedAt)
     ON CONFLICT (meeting_id) DO UPDATE SET
       focus_kind = excluded.focus_kind,
       focus_id = excluded.focus_id,
       focused_at = excluded.focused_at,
       page = excluded.page,
       page_turned_at = excluded.page_turned_at
     RETURNING *`,
  ).get({
    meetingId,
    focusKind: screen.focus?.kind ?? null,
    focusId: screen.focus?.id ?? null,
    focusedAt: screen.focusedAt,
    page: screen.page,
    pageTurnedAt: screen.pageTurnedAt,
  }) as SharedScreenRow | undefined;
  if (!row) throw new Error(`save shared screen: no row written for meeting ${meetingId}`);
  return toScreen(row);
}
