import { Fragment, useDeferredValue, useMemo, useState, type ChangeEvent } from 'react';
import { timelineStore, useTimeline } from '../../app/services.ts';
import { findLikelyDuplicates } from '../../../shared/timeline/duplicates.ts';
import { clockTextAt } from '../../../shared/time/zoned-time.ts';
import { previewDays } from './import-days.ts';
import { formatForFileName, IMPORT_FORMAT_LABELS, previewImport, type ImportFormat } from './import-format.ts';
import { PhaseBadge } from './PhaseBadge.tsx';
import { useModalDialog } from '../common/use-modal-dialog.ts';

interface ImportTimelineDialogProps {
  open: boolean;
  meetingId: string;
  timeZone: string;
  /** YYYY-MM-DD that times without a date belong to. */
  anchorDate: string;
  onClose(): void;
}

/** Enough rows to check the reading is right; all of them are imported. */
const PREVIEW_ROWS_MAX = 200;

/**
 * Gathering the timeline before the meeting: a CSV file or pasted chat, read in the meeting's zone, previewed with
 * the rows that cannot be imported and why. Nothing is written until "Import" is pressed, and then all in one go.
 */
export function ImportTimelineDialog({ open, meetingId, timeZone, anchorDate, onClose }: ImportTimelineDialogProps) {
  const [text, setText] = useState('');
  const [format, setFormat] = useState<ImportFormat>('csv');
  const [fileName, setFileName] = useState<string | null>(null);
  const [status, setStatus] = useState<{ kind: 'idle' | 'saving' } | { kind: 'error'; message: string }>({ kind: 'idle' });
  const deferredText = useDeferredValue(text);
  const preview = useMemo(() => previewImport(deferredText, format, { timeZone, anchorDate }), [deferredText, format, timeZone, anchorDate]);
  // A second source of the same incident repeats much of the first: likely duplicates are shown and skipped unless kept.
  const existing = useTimeline((state) => state.items);
  const [keepDuplicates, setKeepDuplicates] = useState(false);
  const split = useMemo(() => findLikelyDuplicates(preview.events, existing), [preview.events, existing]);
  const duplicateLines = useMemo(() => new Map(split.duplicates.map(({ event, of }) => [event.line, of])), [split]);
  const toImport = keepDuplicates ? preview.events : split.kept;

  const reset = () => {
    setText('');
    setKeepDuplicates(false);
    setFileName(null);
    setStatus({ kind: 'idle' });
  };

  const close = () => {
    reset();
    onClose();
  };
  const dialogProps = useModalDialog(open, close);

  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    try {
      setText(await file.text());
      setFileName(file.name);
      setFormat(formatForFileName(file.name));
      setStatus({ kind: 'idle' });
    } catch {
      setStatus({ kind: 'error', message: `${file.name} could not be read.` });
    }
  };

  const confirm = async () => {
    if (toImport.length === 0 || status.kind === 'saving') return;
    setStatus({ kind: 'saving' });
    const outcome = await timelineStore.getState().importEvents(meetingId, toImport);
    if (!outcome.ok) {
      setStatus({ kind: 'error', message: `Nothing was imported: ${outcome.message}` });
      return;
    }
    void timelineStore.getState().open(meetingId);
    close();
  };

  const count = toImport.length;
  const duplicateCount = split.duplicates.length;
  const shown = preview.events.slice(0, PREVIEW_ROWS_MAX);
  const days = previewDays(shown, timeZone);
  const stale = deferredText !== text;
  return (
    <dialog {...dialogProps} className="modal-dialog import-dialog" aria-labelledby="import-heading">
      <h2 id="import-heading">Import timeline</h2>
      <p className="muted">
        Bring in what you gathered from logs, alerts and chat. Times without a date start on {anchorDate}; in chat, a time earlier than the line before it is on
        the next day, and a line with its own date ([2017-02-01 00:36]) sets the day for the lines after it. Times without an offset are {timeZone}.
      </p>
      <div className="import-dialog__source">
        <fieldset className="import-dialog__formats">
          <legend>Read as</legend>
          {(Object.keys(IMPORT_FORMAT_LABELS) as ImportFormat[]).map((candidate) => (
            <label key={candidate}>
              <input type="radio" name="import-format" value={candidate} checked={format === candidate} onChange={() => setFormat(candidate)} />
              {IMPORT_FORMAT_LABELS[candidate]}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="import-file">File</label>
          <input id="import-file" type="file" accept=".csv,.txt,.log,text/csv,text/plain" onChange={(event) => void chooseFile(event)} />
          {fileName ? <p className="field__hint">Read from {fileName}</p> : null}
        </div>
      </div>
      <div className="field">
        <label htmlFor="import-text">Or paste here</label>
        <textarea
          id="import-text"
          className="import-dialog__text"
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setFileName(null);
          }}
          rows={7}
          spellCheck={false}
          placeholder={format === 'csv' ? 'time,event,actor,phase\n14:00,Deployment started,CI/CD,trigger' : '[14:05] alice: error rate is climbing'}
        />
      </div>

      <section aria-labelledby="import-preview-heading" className="import-dialog__preview" aria-busy={stale}>
        <h3 id="import-preview-heading">
          {count === 1 ? '1 event to import' : `${count.toLocaleString('en-US')} events to import`}
          {duplicateCount > 0
            ? `, ${duplicateCount.toLocaleString('en-US')} likely ${duplicateCount === 1 ? 'duplicate' : 'duplicates'} ${keepDuplicates ? 'kept' : 'skipped'}`
            : ''}
          {preview.rejected.length > 0 ? `, ${preview.rejected.length.toLocaleString('en-US')} rejected` : ''}
        </h3>
        {duplicateCount > 0 ? (
          <label className="import-dialog__duplicates">
            <input type="checkbox" checked={keepDuplicates} onChange={(event) => setKeepDuplicates(event.target.checked)} />
            Import the likely duplicates too (same minute and similar text as an event already in the timeline, or earlier in this import)
          </label>
        ) : null}
        {count > 0 ? (
          <div className="import-dialog__table-wrap">
            <table className="import-table" aria-label="Events to import">
              <thead>
                <tr>
                  <th scope="col">Line</th>
                  <th scope="col">Date</th>
                  <th scope="col">Time ({timeZone})</th>
                  <th scope="col">Event</th>
                  <th scope="col">Actor</th>
                  <th scope="col">Phase</th>
                  <th scope="col">Duplicate</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((event, index) => {
                  const day = days[index];
                  return (
                    <Fragment key={event.line}>
                      {day?.change ? (
                        <tr className="import-table__day">
                          <td colSpan={7}>{day.change}</td>
                        </tr>
                      ) : null}
                      <tr>
                        <td>{event.line}</td>
                        <td className="import-table__date">{day?.date}</td>
                        <td className="import-table__time">{clockTextAt(event.occurredAt, timeZone, event.precision)}</td>
                        <td className="import-table__event">
                          <bdi>{event.description}</bdi>
                        </td>
                        <td>
                          <bdi>{event.actor}</bdi>
                        </td>
                        <td>
                          <PhaseBadge phase={event.phase} />
                        </td>
                        <td className="import-table__duplicate">
                          {duplicateLines.has(event.line)
                            ? duplicateLines.get(event.line) === 'meeting'
                              ? 'Already in the timeline'
                              : 'Repeats an earlier line'
                            : ''}
                        </td>
                      </tr>
                    </Fragment>
                  );
                })}
              </tbody>
            </table>
            {count > PREVIEW_ROWS_MAX ? <p className="muted">… and {(count - PREVIEW_ROWS_MAX).toLocaleString('en-US')} more, imported the same way.</p> : null}
          </div>
        ) : null}
        {preview.rejected.length > 0 ? (
          <ul className="import-rejected" aria-label="Rejected rows">
            {preview.rejected.map((row) => (
              <li key={`${row.line}-${row.reason}`}>
                <span className="import-rejected__line">Line {row.line}</span> {row.reason}
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      {status.kind === 'error' ? (
        <p className="form-message" role="alert">
          {status.message}
        </p>
      ) : null}
      <div className="import-dialog__actions">
        <button type="button" className="button button--quiet" onClick={close}>
          Cancel
        </button>
        <button type="button" className="button button--primary" onClick={() => void confirm()} disabled={count === 0 || stale || status.kind === 'saving'}>
          {status.kind === 'saving' ? 'Importing…' : count === 1 ? 'Import 1 event' : `Import ${count.toLocaleString('en-US')} events`}
        </button>
      </div>
    </dialog>
  );
}
