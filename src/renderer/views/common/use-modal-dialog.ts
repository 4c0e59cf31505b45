import { useEffect, useRef, type RefObject } from 'react';

/**
 * A native <dialog> shown as a modal while `open` is true: the browser then traps focus, makes the page behind it
 * inert and closes it on Escape (listen to the dialog's close event to update `open`).
 */
export function useModalDialog(open: boolean): RefObject<HTMLDialogElement | null> {
  const dialogRef = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return dialogRef;
}
