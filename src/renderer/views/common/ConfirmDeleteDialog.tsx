import { useId, useState, type ReactNode } from 'react';
import { FormMessage } from './FormMessage.tsx';
import { useModalDialog } from './use-modal-dialog.ts';

interface ConfirmDeleteDialogProps {
  open: boolean;
  heading: ReactNode;
  /** What goes with it, and how to get it back. */
  text: ReactNode;
  confirmLabel: string;
  /** Deletes; answers null when done, or the message to show when refused (the dialog then stays open). */
  onConfirm(): Promise<string | null>;
  onCancel(): void;
}

/** The one "are you sure?" before something is deleted: a modal dialog whose first button deletes, and a way out. */
export function ConfirmDeleteDialog({ open, heading, text, confirmLabel, onConfirm, onCancel }: ConfirmDeleteDialogProps) {
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const cancel = () => {
    setError(null);
    onCancel();
  };
  const dialogProps = useModalDialog(open, cancel);

  const confirm = async () => {
    if (busy) return;
    setBusy(true);
    const refused = await onConfirm();
    setBusy(false);
    setError(refused);
  };

  return (
    <dialog {...dialogProps} className="modal-dialog delete-meeting" aria-labelledby={`${id}-heading`} aria-describedby={`${id}-text`}>
      {open ? (
        <>
          <h2 id={`${id}-heading`}>{heading}</h2>
          <p id={`${id}-text`}>{text}</p>
          <FormMessage message={error} />
          <div className="delete-meeting__actions">
            <button type="button" className="button button--primary" onClick={() => void confirm()} disabled={busy}>
              {confirmLabel}
            </button>
            <button type="button" className="button" onClick={cancel}>
              Cancel
            </button>
          </div>
        </>
      ) : null}
    </dialog>
  );
}
