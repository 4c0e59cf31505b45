import { useEffect } from 'react';
import { performCommand } from '../app/app-context.ts';
import { undoStack, useUndo } from '../app/services.ts';
import { undoDeleteCommand } from '../commands/app-commands.ts';

const UNDO_WINDOW_MS = 12_000;

const shorten = (text: string) => (text.length > 50 ? `${text.slice(0, 47)}…` : text);

/** Offers to undo the last deletion, of any kind, for a few seconds: the same as Ctrl/Cmd+Z. */
export function UndoToast() {
  const last = useUndo((state) => state.deletions.at(-1));

  useEffect(() => {
    if (!last) return;
    const timer = setTimeout(() => {
      if (undoStack.getState().deletions.at(-1) === last) undoStack.getState().dismiss();
    }, UNDO_WINDOW_MS);
    return () => clearTimeout(timer);
  }, [last]);

  return (
    <div className="toast-region" role="status" aria-live="polite" data-testid="undo-toast">
      {last ? (
        <div className="toast">
          <p className="toast__text">
            {last.verb} <q>{shorten(last.text)}</q>
            {last.more ? ` ${last.more}` : null}
          </p>
          <button type="button" className="button button--small button--inverse" onClick={() => performCommand(undoDeleteCommand)}>
            Undo
          </button>
          <button type="button" className="button button--small button--quiet-inverse" onClick={() => undoStack.getState().dismiss()} aria-label="Dismiss">
            <span aria-hidden="true">✕</span>
          </button>
        </div>
      ) : null}
    </div>
  );
}
