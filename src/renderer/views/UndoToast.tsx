import { useEffect } from 'react';
import { performCommand } from '../app/app-context.ts';
import { timelineStore, useTimeline } from '../app/services.ts';
import { undoDeleteCommand } from '../commands/app-commands.ts';

const UNDO_WINDOW_MS = 12_000;

export function UndoToast() {
  const deleted = useTimeline((state) => state.lastDeleted);

  useEffect(() => {
    if (!deleted) return;
    const timer = setTimeout(() => {
      if (timelineStore.getState().lastDeleted === deleted) timelineStore.getState().dismissUndo();
    }, UNDO_WINDOW_MS);
    return () => clearTimeout(timer);
  }, [deleted]);

  return (
    <div className="toast-region" role="status" aria-live="polite">
      {deleted ? (
        <div className="toast">
          <p className="toast__text">
            Deleted <q>{deleted.description.length > 50 ? `${deleted.description.slice(0, 47)}…` : deleted.description}</q>
          </p>
          <button type="button" className="button button--small button--inverse" onClick={() => performCommand(undoDeleteCommand)}>
            Undo
          </button>
          <button type="button" className="button button--small button--quiet-inverse" onClick={() => timelineStore.getState().dismissUndo()} aria-label="Dismiss">
            <span aria-hidden="true">✕</span>
          </button>
        </div>
      ) : null}
    </div>
  );
}
