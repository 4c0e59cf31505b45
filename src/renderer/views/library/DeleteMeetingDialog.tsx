import { UNDO_KEYS } from '../../commands/platform.ts';
import type { MeetingSummary } from '../../../shared/domain/meeting.ts';
import { errorMessage } from '../../../shared/error-message.ts';
import { meetingsStore } from '../../app/services.ts';
import { ConfirmDeleteDialog } from '../common/ConfirmDeleteDialog.tsx';

/**
 * Asks before deleting a meeting. Deleting keeps the meeting's JSON archive in this window, so Undo in the toast (or
 * Ctrl/Cmd+Z) puts it back as it was.
 */
export function DeleteMeetingDialog({ meeting, onDone }: { meeting: MeetingSummary | null; onDone(): void }) {
  const confirm = async (): Promise<string | null> => {
    if (!meeting) return null;
    try {
      await meetingsStore.getState().deleteMeeting(meeting.id);
      onDone();
      return null;
    } catch (failure) {
      return errorMessage(failure, 'The meeting could not be deleted.');
    }
  };

  return (
    <ConfirmDeleteDialog
      open={meeting !== null}
      heading={
        <>
          Delete “<bdi>{meeting?.title}</bdi>”?
        </>
      }
      text={
        <>
          Its timeline, whys, notes, action items and agenda go with it. Debrief keeps an archive of it while this window is open: Undo in the message that
          follows, or {UNDO_KEYS}, puts it back as it was.
        </>
      }
      confirmLabel="Delete meeting"
      onConfirm={confirm}
      onCancel={onDone}
    />
  );
}
