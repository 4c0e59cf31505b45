import { useRef, useState, type ChangeEvent } from 'react';
import { meetingsStore } from '../../app/services.ts';
import { navigate } from '../../routing/use-route.ts';
import { errorMessage } from '../../../shared/error-message.ts';

type ImportState = { kind: 'idle' } | { kind: 'importing'; fileName: string } | { kind: 'error'; message: string };

/**
 * Opens a Debrief archive (.json, saved from the export dialog on this or another computer) as a new meeting. The
 * server checks the file; when it refuses, its reason is shown as it is, since it says what to do.
 */
export function ImportArchiveButton() {
  const inputRef = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<ImportState>({ kind: 'idle' });

  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setState({ kind: 'importing', fileName: file.name });
    let text: string;
    try {
      text = await file.text();
    } catch {
      setState({ kind: 'error', message: `${file.name} could not be read.` });
      return;
    }
    try {
      const meeting = await meetingsStore.getState().importArchive(text);
      setState({ kind: 'idle' });
      navigate({ name: 'meeting', meetingId: meeting.id });
    } catch (error) {
      setState({ kind: 'error', message: `${file.name} was not imported: ${errorMessage(error)}` });
    }
  };

  // Two flex items of the list heading: the button with its hint, and any refusal on a line of its own below.
  return (
    <>
      <div className="import-archive">
        <input
          ref={inputRef}
          id="import-archive-file"
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(event) => void chooseFile(event)}
        />
        <p id="import-archive-hint" className="field__hint import-archive__hint">
          A meeting saved as a Debrief archive opens as a new meeting.
        </p>
        <button
          type="button"
          className="button"
          onClick={() => inputRef.current?.click()}
          disabled={state.kind === 'importing'}
          aria-describedby="import-archive-hint"
        >
          {state.kind === 'importing' ? `Importing ${state.fileName}…` : 'Import archive…'}
        </button>
      </div>
      {state.kind === 'error' ? (
        <p className="form-message import-archive__error" role="alert">
          {state.message}
        </p>
      ) : null}
    </>
  );
}
