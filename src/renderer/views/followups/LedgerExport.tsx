import { useId, useState } from 'react';
import { TRACKER_EXPORT_FORMATS, writeTrackerExport, type TrackerExportFormat } from '../../../shared/actions/tracker-export/index.ts';
import { errorMessage } from '../../../shared/error-message.ts';
import { followupsStore } from '../../app/services.ts';
import { TRACKER_FORMAT_CHOICES } from '../export/TrackerPanel.tsx';
import { saveExport } from '../export/save-export.ts';

/** The filtered ledger for a tracker, a spreadsheet or a calendar, through the same writers as one review's export. */
export function LedgerExport({ total }: { total: number }) {
  const id = useId();
  const [format, setFormat] = useState<TrackerExportFormat>('csv');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const save = async () => {
    try {
      const input = await followupsStore.getState().exportInput();
      const { text, warnings } = writeTrackerExport(format, input);
      const choice = TRACKER_FORMAT_CHOICES[format];
      const outcome = await saveExport({
        name: `follow-ups.${choice.extension}`,
        data: new TextEncoder().encode(text),
        mimeType: choice.mimeType,
        filter: choice.filter,
      });
      if (outcome.kind === 'failed') setMessage({ ok: false, text: `The file was not saved: ${outcome.message}` });
      else if (outcome.kind === 'saved') setMessage({ ok: true, text: [outcome.message, ...warnings].join('. ') });
    } catch (error) {
      setMessage({ ok: false, text: `The file could not be made: ${errorMessage(error)}` });
    }
  };

  return (
    <div className="ledger__export" role="group" aria-label="Export the filtered ledger">
      <label htmlFor={`${id}-format`}>Export as</label>
      <select id={`${id}-format`} value={format} onChange={(event) => setFormat(event.target.value as TrackerExportFormat)}>
        {TRACKER_EXPORT_FORMATS.map((candidate) => (
          <option key={candidate} value={candidate}>
            {TRACKER_FORMAT_CHOICES[candidate].label}
          </option>
        ))}
      </select>
      <button type="button" className="button button--small" onClick={() => void save()} disabled={total === 0}>
        Export the filtered ledger
      </button>
      {message ? (
        <p className={message.ok ? 'field__hint' : 'form-message'} role={message.ok ? 'status' : 'alert'} data-testid="ledger-export-message">
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
