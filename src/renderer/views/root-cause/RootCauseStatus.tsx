import { rootCauseWrites, useRootCauseWrites } from '../../app/services.ts';

/** Whether the last changes are saved, with a retry when they could not be. (Undo is the window's one toast.) */
export function RootCauseStatus() {
  const saveStatus = useRootCauseWrites((state) => state.status);

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
          <button type="button" className="button button--small" onClick={() => rootCauseWrites.getState().retry()}>
            Retry
          </button>
        ) : null}
      </p>
    </div>
  );
}
