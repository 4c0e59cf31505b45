import { useEffect } from 'react';
import { performCommand } from '../app/app-context.ts';
import { agendaStore, timelineStore, useAgenda, useTimeline } from '../app/services.ts';
import { undoDeleteCommand } from '../commands/app-commands.ts';

const UNDO_WINDOW_MS = 12_000;

const shorten = (text: string) => (text.length > 50 ? `${text.slice(0, 47)}…` : text);

/** Offers to undo the last timeline delete or agenda section removal for a few seconds. */
export function UndoToast() {
  const deleted = useTimeline((state) => state.lastDeleted);
  const removed = useAgenda((state) => state.lastRemoved);

  useEffect(() => {
    if (!deleted) return;
    const timer = setTimeout(() => {
      if (timelineStore.getState().lastDeleted === deleted) timelineStore.getState().dismissUndo();
    }, UNDO_WINDOW_MS);
    return () => clearTimeout(timer);
  }, [deleted]);

  useEffect(() => {
    if (!removed) return;
    const timer = setTimeout(() => {
      if (agendaStore.getState().lastRemoved === removed) agendaStore.getState().dismissUndo();
    }, UNDO_WINDOW_MS);
    return () => clearTimeout(timer);
  }, [removed]);

  return (
    <div className="toast-region" role="status" aria-live="polite">
      {deleted ? (
        <div className="toast">
          <p className="toast__text">
            Deleted <q>{shorten(deleted.description)}</q>
          </p>
          <button type="button" className="button button--small button--inverse" onClick={() => performCommand(undoDeleteCommand)}>
            Undo
          </button>
          <button type="button" className="button button--small button--quiet-inverse" onClick={() => timelineStore.getState().dismissUndo()} aria-label="Dismiss">
            <span aria-hidden="true">✕</span>
          </button>
        </div>
      ) : null}
      {removed ? (
        <div className="toast">
          <p className="toast__text">
            Removed the section <q>{shorten(removed.section.title)}</q>
          </p>
          <button type="button" className="button button--small button--inverse" onClick={() => void agendaStore.getState().undoRemove()}>
            Undo
          </button>
          <button type="button" className="button button--small button--quiet-inverse" onClick={() => agendaStore.getState().dismissUndo()} aria-label="Dismiss">
            <span aria-hidden="true">✕</span>
          </button>
        </div>
      ) : null}
    </div>
  );
}
