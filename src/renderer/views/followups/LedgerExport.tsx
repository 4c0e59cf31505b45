import { useEffect, useId, useRef, useState } from 'react';
import { TRACKER_EXPORT_FORMATS, writeTrackerExport, type TrackerExportFormat, type TrackerExportInput } from '../../../shared/actions/tracker-export/index.ts';
import { errorMessage } from '../../../shared/error-message.ts';
import { followupsStore, useFollowups } from '../../app/services.ts';
import { TRACKER_FORMAT_CHOICES } from '../export/TrackerPanel.tsx';
import { saveExport } from '../export/save-export.ts';
import { LedgerRedaction } from './LedgerRedaction.tsx';

/**
 * The filtered ledger for a tracker, a spreadsheet or a calendar, through the same writers as one review's export.
 * Nothing leaves the laptop unreviewed: the button reads the filtered items and shows what redaction found in them; the
 * file is saved from the redacted copy.
 */
export function LedgerExport({ total }: { total: number }) {
  const id = useId();
  const [format, setFormat] = useState<TrackerExportFormat>('csv');
  /** What is being reviewed, and for which filters and order it was read. */
  const [read, setRead] = useState<{ input: TrackerExportInput; filter: unknown; sort: unknown } | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const exportButton = useRef<HTMLButtonElement>(null);
  const filter = useFollowups((state) => state.filter);
  const sort = useFollowups((state) => state.sort);

  // Other filters mean other items: what was read no longer matches what the ledger shows, so it is not offered.
  const reviewing = read !== null && read.filter === filter && read.sort === sort ? read.input : null;

  // Closing the review puts the focus back on the button, once it is enabled again (it is disabled while saving).
  const returnFocus = useRef(false);
  useEffect(() => {
    if (!returnFocus.current || busy || reviewing !== null) return;
    returnFocus.current = false;
    exportButton.current?.focus();
  });
  const close = () => {
    setRead(null);
    returnFocus.current = true;
  };

  const prepare = async () => {
    setBusy(true);
    try {
      const asked = followupsStore.getState();
      setRead({ input: await asked.exportInput(), filter: asked.filter, sort: asked.sort });
      setMessage(null);
    } catch (error) {
      setMessage({ ok: false, text: `The ledger could not be read: ${errorMessage(error)}` });
    } finally {
      setBusy(false);
    }
  };

  const save = async (input: TrackerExportInput) => {
    setBusy(true);
    try {
      const { text, warnings } = writeTrackerExport(format, input);
      const choice = TRACKER_FORMAT_CHOICES[format];
      const outcome = await saveExport({
        name: `follow-ups.${choice.extension}`,
        data: new TextEncoder().encode(text),
        mimeType: choice.mimeType,
        filter: choice.filter,
      });
      if (outcome.kind === 'failed') setMessage({ ok: false, text: `The file was not saved: ${outcome.message}` });
      else if (outcome.kind === 'saved') {
        setMessage({ ok: true, text: [outcome.message, ...warnings].join('. ') });
        close();
      }
    } catch (error) {
      setMessage({ ok: false, text: `The file could not be made: ${errorMessage(error)}` });
    } finally {
      setBusy(false);
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
      <button
        type="button"
        ref={exportButton}
        className="button button--small"
        onClick={() => void prepare()}
        disabled={total === 0 || busy}
        aria-expanded={reviewing !== null}
      >
        Export the filtered ledger
      </button>
      {reviewing ? (
        <LedgerRedaction
          input={reviewing}
          formatLabel={TRACKER_FORMAT_CHOICES[format].label}
          busy={busy}
          onSave={(redacted) => void save(redacted)}
          onCancel={close}
        />
      ) : null}
      {message ? (
        <p className={message.ok ? 'field__hint' : 'form-message'} role={message.ok ? 'status' : 'alert'} data-testid="ledger-export-message">
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
