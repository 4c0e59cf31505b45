import { useEffect, useRef, type RefObject, type SyntheticEvent } from 'react';

export interface ModalDialogProps {
  ref: RefObject<HTMLDialogElement | null>;
  onCancel(): void;
  onClose(event: SyntheticEvent<HTMLDialogElement>): void;
}

/**
 * A native <dialog> shown as a modal while `open` is true: the browser traps focus, makes the page behind it inert
 * and closes it on Escape. Spread the result on the <dialog>. Escape fires cancel at once but close only in a later
 * task, so the owner hears of it at cancel (a shortcut pressed right after Escape finds the page free), and a close
 * event that arrives after the dialog was opened again is stale and ignored.
 */
export function useModalDialog(open: boolean, onDismiss: () => void): ModalDialogProps {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return {
    ref,
    onCancel: onDismiss,
    onClose: (event) => {
      if (!event.currentTarget.open) onDismiss();
    },
  };
}
