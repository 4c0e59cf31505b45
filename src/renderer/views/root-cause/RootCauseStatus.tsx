import { useEffect } from 'react';
import { rootCauseStore, useRootCause } from '../../app/services.ts';

const UNDO_WINDOW_MS = 12_000;

const shorten = (text: string) => (text.length > 50 ? `${text.slice(0, 47)}…` : text);

/** Whether the last changes are saved (with a retry when they could not be), and the undo of the last delete. */
export function RootCauseStatus() {
  const saveStatus = useRootCause((state) => state.saveStatus);
  const deleted = useRootCause((state) => state.lastDeleted);

  useEffect(() => {
    if (!deleted) return;
    const timer = setTimeout(() => {
      if (rootCauseStore.getState().lastDeleted === deleted) rootCauseStore.getState().dismissUndo();
    }, UNDO_WINDOW_MS);
    return () => clearTimeout(timer);
  }, [deleted]);

  const what = !deleted
    ? ''
    : deleted.kind === 'whys'
      ? `${shorten(deleted.removed[0]?.text || 'an empty answer')}${deleted.removed.length > 1 ? ` and ${deleted.removed.length - 1} below it` : ''}`
      : deleted.kind === 'note'
        ? shorten(deleted.note.text)
        : shorten(deleted.conflict.topic);

  return (
    <div className="root-cause-status" data-testid="root-cause-status">
      <p className="root-cause-status__save" role="status" data-state={saveStatus.state}>
        {saveStatus.state === 'saving'
          ? 'Saving…'
          : saveStatus.state === 'stalled'
            ? `Not saved yet: ${saveStatus.message}`
            : saveStatus.state === 'refused'
              ? `Not saved: ${saveStatus.message}`
              : 'All changes saved'}
        {saveStatus.state === 'stalled' ? (
          <button type="button" className="button button--small" onClick={() => rootCauseStore.getState().retry()}>
            Retry
          </button>
        ) : null}
      </p>
      {deleted ? (
        <div className="action-undo" role="status">
          <p className="action-undo__text">
            Deleted <q>{what}</q>
          </p>
          <button type="button" className="button button--small" onClick={() => rootCauseStore.getState().undoDelete()}>
            Undo
          </button>
          <button type="button" className="button button--small button--quiet" aria-label="Dismiss" onClick={() => rootCauseStore.getState().dismissUndo()}>
            <span aria-hidden="true">✕</span>
          </button>
        </div>
      ) : null}
    </div>
  );
}
