import { UNDO_KEYS } from '../../commands/platform.ts';
import { FormMessage } from '../common/FormMessage.tsx';
import { useState } from 'react';
import type { MeetingSummary } from '../../../shared/domain/meeting.ts';
import { errorMessage } from '../../../shared/error-message.ts';
import { meetingsStore } from '../../app/services.ts';
import { useModalDialog } from '../common/use-modal-dialog.ts';

/**
 * Asks before deleting a meeting. Deleting keeps the meeting's JSON archive in this window, so Undo in the toast (or
 * Ctrl/Cmd+Z) puts it back as it was.
 */
export function DeleteMeetingDialog({ meeting, onDone }: { meeting: MeetingSummary | null; onDone(): void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setError(null);
    onDone();
  };
  const dialogProps = useModalDialog(meeting !== null, close);

  const confirm = async () => {
    if (!meeting || busy) return;
    setBusy(true);
    try {
      await meetingsStore.getState().deleteMeeting(meeting.id);
      close();
    } catch (failure) {
      setError(errorMessage(failure, 'The meeting could not be deleted.'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog {...dialogProps} className="modal-dialog delete-meeting" aria-labelledby="delete-meeting-heading" aria-describedby="delete-meeting-text">
      {meeting ? (
        <>
          <h2 id="delete-meeting-heading">
            Delete “<bdi>{meeting.title}</bdi>”?
          </h2>
          <p id="delete-meeting-text">
            Its timeline, whys, notes, action items and agenda go with it. Debrief keeps an archive of it while this window is open: Undo in the message that
            follows, or {UNDO_KEYS}, puts it back as it was.
          </p>
          <FormMessage message={error} />
          <div className="delete-meeting__actions">
            <button type="button" className="button button--primary" onClick={() => void confirm()} disabled={busy}>
              Delete meeting
            </button>
            <button type="button" className="button" onClick={close}>
              Cancel
            </button>
          </div>
        </>
      ) : null}
    </dialog>
  );
}
