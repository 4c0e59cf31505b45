import type { Database } from 'better-sqlite3';
import type { ApiHandlers } from '../../shared/api/contract.ts';
import { sameFocus, type FocusKind, type ScreenFocus } from '../../shared/domain/screen.ts';
import { getActionItem } from '../db/repositories/action-items.ts';
import { getNote } from '../db/repositories/notes.ts';
import { readSharedScreen, saveSharedScreen } from '../db/repositories/shared-screens.ts';
import { getTimelineEvent } from '../db/repositories/timeline-events.ts';
import { getWhy } from '../db/repositories/whys.ts';
import { readAgendaState } from './agenda-state.ts';
import type { ServiceContext } from './context.ts';
import { notFound, requireMeeting } from './required-rows.ts';

type ScreenHandlers = ApiHandlers<'screen'>;

/** How each kind of item is read, and named when it is missing. */
const FOCUSABLE: Readonly<Record<FocusKind, { what: string; get(db: Database, id: string): { meetingId: string } | undefined }>> = {
  timeline_event: { what: 'timeline event', get: getTimelineEvent },
  why: { what: 'why', get: getWhy },
  action_item: { what: 'action item', get: getActionItem },
  note: { what: 'note', get: getNote },
};

/** An item of another meeting answers as missing: the shared screen shows only its own meeting. */
function requireFocusable(db: Database, meetingId: string, focus: ScreenFocus): void {
  const { what, get } = FOCUSABLE[focus.kind];
  if (get(db, focus.id)?.meetingId !== meetingId) throw notFound(`${what} in this meeting`, focus.id);
}

export function screenHandlers({ db, now, mutate }: ServiceContext): ScreenHandlers {
  return {
    'screen.focus': ({ meetingId, focus }) =>
      mutate((changes) => {
        requireMeeting(db, meetingId);
        if (focus) requireFocusable(db, meetingId, focus);
        const stored = readSharedScreen(db, meetingId);
        const at = now();
        // Pointing at what is already shown is no change: no new revision, no event, and the focus keeps its time.
        if (sameFocus(stored.focus, focus)) return readAgendaState(db, meetingId, at);
        saveSharedScreen(db, meetingId, { ...stored, focus, focusedAt: at });
        changes.touch(meetingId, 'screen', meetingId, 'updated');
        return readAgendaState(db, meetingId, at);
      }),

    // Always written, even to the same page: its time restarts the screen's paging timer from that page.
    'screen.turnPage': ({ meetingId, page }) =>
      mutate((changes) => {
        requireMeeting(db, meetingId);
        const at = now();
        saveSharedScreen(db, meetingId, { ...readSharedScreen(db, meetingId), page, pageTurnedAt: at });
        changes.touch(meetingId, 'screen', meetingId, 'updated');
        return readAgendaState(db, meetingId, at);
      }),
  };
}
