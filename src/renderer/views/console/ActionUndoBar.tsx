import { useEffect } from 'react';
import { actionsStore, useActions } from '../../app/services.ts';

const UNDO_WINDOW_MS = 12_000;

const shorten = (text: string) => (text.length > 50 ? `${text.slice(0, 47)}…` : text);

/** Offers to put the last deleted action item back, with the same id and place, for a few seconds. */
export function ActionUndoBar() {
  const deleted = useActions((state) => state.lastDeleted);

  useEffect(() => {
    if (!deleted) return;
    const timer = setTimeout(() => {
      if (actionsStore.getState().lastDeleted === deleted) actionsStore.getState().dismissUndo();
    }, UNDO_WINDOW_MS);
    return () => clearTimeout(timer);
  }, [deleted]);

  if (!deleted) return null;
  return (
    <div className="action-undo" role="status">
      <p className="action-undo__text">
        Deleted <q>{shorten(deleted.title)}</q>
      </p>
      <button type="button" className="button button--small" onClick={() => actionsStore.getState().undoRemove()}>
        Undo
      </button>
      <button type="button" className="button button--small button--quiet" aria-label="Dismiss" onClick={() => actionsStore.getState().dismissUndo()}>
        <span aria-hidden="true">✕</span>
      </button>
    </div>
  );
}
