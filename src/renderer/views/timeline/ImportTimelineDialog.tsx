import { useDeferredValue, useMemo, useRef, useState } from 'react';
import { timelineStore, useTimeline } from '../../app/services.ts';
import { findLikelyDuplicates } from '../../../shared/timeline/duplicates.ts';
import type { ReaderOptions } from '../../../shared/timeline/formats/timeline-reader.ts';
import { parseTimestampText } from '../../../shared/timeline/timestamp-text.ts';
import { useModalDialog } from '../common/use-modal-dialog.ts';
import { choicesOf, formatOf, previewSource, sourceFile, type ImportSource } from './import-source.ts';
import { ImportPreviewTable } from './ImportPreviewTable.tsx';
import { DEFAULT_READER_SETTINGS, ImportReaderOptions, type ReaderSettings } from './ImportReaderOptions.tsx';
import { ImportSourceField } from './ImportSourceField.tsx';

interface ImportTimelineDialogProps {
  open: boolean;
  meetingId: string;
  timeZone: string;
  /** YYYY-MM-DD that times without a date belong to. */
  anchorDate: string;
  onClose(): void;
}

type Status =
  { kind: 'idle' } | { kind: 'saving'; stored: number; total: number } | { kind: 'cancelling' } | { kind: 'message'; message: string; alert: boolean };

const EMPTY: ImportSource = { kind: 'paste', text: '' };

/**
 * Gathering the timeline before the meeting: a file in any of the readable formats (chosen or dropped) or pasted
 * text, read in the meeting's zone and previewed with the rows that cannot be imported and why. Nothing is written
 * until "Import" is pressed; a large import then goes in chunks with a progress bar, and Cancel takes it all back.
 */
export function ImportTimelineDialog({ open, meetingId, timeZone, anchorDate, onClose }: ImportTimelineDialogProps) {
  const [source, setSource] = useState<ImportSource>(EMPTY);
  const [settings, setSettings] = useState<ReaderSettings>(DEFAULT_READER_SETTINGS);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [keepDuplicates, setKeepDuplicates] = useState(false);
  const cancel = useRef<AbortController | null>(null);

  const deferredSource = useDeferredValue(source);
  const deferredSettings = useDeferredValue(settings);
  const stale = deferredSource !== source || deferredSettings !== settings;
  const file = useMemo(() => sourceFile(deferredSource), [deferredSource]);
  const format = useMemo(() => (file ? formatOf(file, deferredSettings.choice) : null), [file, deferredSettings.choice]);
  const choices = useMemo(() => choicesOf(file, format), [file, format]);

  const windowTime = (text: string) => (text.trim() === '' ? null : parseTimestampText(text, { timeZone, anchorDate }));
  const from = windowTime(deferredSettings.from);
  const until = windowTime(deferredSettings.until);
  const windowErrors = { from: from && !from.ok ? from.message : null, until: until && !until.ok ? until.message : null };
  const fromAt = from?.ok ? from.occurredAt : undefined;
  const untilAt = until?.ok ? until.occurredAt : undefined;
  const { skippedChannels, timeField, messageField, actorField } = deferredSettings;
  const read = useMemo(() => {
    const options: ReaderOptions = { timeZone, anchorDate };
    if (choices.channels && skippedChannels.length > 0) {
      options.channels = choices.channels.map((channel) => channel.name).filter((name) => !skippedChannels.includes(name));
    }
    if (fromAt !== undefined) options.from = fromAt;
    if (untilAt !== undefined) options.until = untilAt;
    if (timeField !== '') options.timeField = timeField;
    if (messageField !== '') options.messageField = messageField;
    if (actorField !== '') options.actorField = actorField;
    return previewSource(file, format, choices, options);
  }, [file, format, choices, skippedChannels, timeField, messageField, actorField, fromAt, untilAt, timeZone, anchorDate]);
  const { preview } = read;

  // A second source of the same incident repeats much of the first: likely duplicates are shown and skipped unless kept.
  const liveExisting = useTimeline((state) => state.items);
  // While an import runs, events typed elsewhere must not re-run the duplicate check over the whole file: that would
  // hold the page (and the import's own chunks) for as long as it takes, again and again.
  const [frozenExisting, setFrozenExisting] = useState<typeof liveExisting | null>(null);
  const existing = frozenExisting ?? liveExisting;
  const split = useMemo(() => findLikelyDuplicates(preview.events, existing), [preview.events, existing]);
  const duplicateLines = useMemo(() => new Map(split.duplicates.map(({ event, of }) => [event.line, of])), [split]);
  const toImport = keepDuplicates ? preview.events : split.kept;
  const busy = status.kind === 'saving' || status.kind === 'cancelling';

  const reset = () => {
    setSource(EMPTY);
    setSettings(DEFAULT_READER_SETTINGS);
    setKeepDuplicates(false);
    setStatus({ kind: 'idle' });
  };

  const stop = () => {
    if (status.kind !== 'saving') return;
    cancel.current?.abort();
    setStatus({ kind: 'cancelling' });
  };

  // While an import runs, Escape and Cancel stop it (and take it back) rather than leave it running unseen.
  const close = () => {
    if (busy) {
      stop();
      return;
    }
    reset();
    onClose();
  };
  const dialogProps = useModalDialog(open, close);

  const confirm = async () => {
    if (toImport.length === 0 || busy) return;
    const controller = new AbortController();
    cancel.current = controller;
    setStatus({ kind: 'saving', stored: 0, total: toImport.length });
    setFrozenExisting(liveExisting);
    const outcome = await timelineStore.getState().importEvents(meetingId, toImport, {
      name: file?.name ?? 'the import',
      signal: controller.signal,
      onProgress: (stored, total) => {
        if (!controller.signal.aborted) setStatus({ kind: 'saving', stored, total });
      },
    });
    cancel.current = null;
    setFrozenExisting(null);
    if (!outcome.ok) {
      setStatus({ kind: 'message', message: `Nothing was imported: ${outcome.message}`, alert: true });
      return;
    }
    if ('cancelled' in outcome) {
      setStatus({ kind: 'message', message: 'Import cancelled: nothing was added to the timeline.', alert: false });
      return;
    }
    reset();
    onClose();
  };

  const count = toImport.length;
  const duplicateCount = split.duplicates.length;
  const placeholder = format === 'chat' ? '[14:05] alice: error rate is climbing' : 'time,event,actor,phase\n14:00,Deployment started,CI/CD,trigger';
  return (
    <dialog {...dialogProps} className="modal-dialog import-dialog" aria-labelledby="import-heading">
      <h2 id="import-heading">Import timeline</h2>
      <p className="muted">
        Bring in what you gathered from logs, alerts and chat. Times without a date start on {anchorDate}; in chat, a time earlier than the line before it is on
        the next day, and a line with its own date ([2017-02-01 00:36]) sets the day for the lines after it. Times without an offset are {timeZone}.
      </p>
      <div className="import-dialog__source">
        <ImportSourceField
          source={source}
          placeholder={placeholder}
          onChange={(next) => {
            setSource(next);
            setStatus({ kind: 'idle' });
          }}
          onUnreadable={(message) => setStatus({ kind: 'message', message, alert: true })}
        />
        <ImportReaderOptions settings={settings} format={format} choices={choices} windowErrors={windowErrors} timeZone={timeZone} onChange={setSettings} />
      </div>

      <section aria-labelledby="import-preview-heading" className="import-dialog__preview" aria-busy={stale}>
        <h3 id="import-preview-heading">
          {count === 1 ? '1 event to import' : `${count.toLocaleString('en-US')} events to import`}
          {duplicateCount > 0
            ? `, ${duplicateCount.toLocaleString('en-US')} likely ${duplicateCount === 1 ? 'duplicate' : 'duplicates'} ${keepDuplicates ? 'kept' : 'skipped'}`
            : ''}
          {preview.rejected.length > 0 ? `, ${preview.rejected.length.toLocaleString('en-US')} rejected` : ''}
        </h3>
        {read.message ? <p className="form-message">{read.message}</p> : null}
        {duplicateCount > 0 ? (
          <label className="import-dialog__duplicates">
            <input type="checkbox" checked={keepDuplicates} onChange={(event) => setKeepDuplicates(event.target.checked)} />
            Import the likely duplicates too (same minute and similar text as an event already in the timeline, or earlier in this import)
          </label>
        ) : null}
        <ImportPreviewTable events={preview.events} rejected={preview.rejected} duplicates={duplicateLines} timeZone={timeZone} />
      </section>

      {status.kind === 'saving' ? (
        <div className="import-dialog__progress">
          <label htmlFor="import-progress">
            Imported {status.stored.toLocaleString('en-US')} of {status.total.toLocaleString('en-US')} events
          </label>
          <progress id="import-progress" max={status.total} value={status.stored} />
        </div>
      ) : null}
      <p className="form-message" role={status.kind === 'message' && status.alert ? 'alert' : 'status'}>
        {status.kind === 'message' ? status.message : status.kind === 'cancelling' ? 'Cancelling: taking back what was imported…' : ''}
      </p>
      <div className="import-dialog__actions">
        <button type="button" className="button button--quiet" onClick={close} disabled={status.kind === 'cancelling'}>
          {busy ? 'Cancel import' : 'Cancel'}
        </button>
        <button type="button" className="button button--primary" onClick={() => void confirm()} disabled={count === 0 || stale || busy}>
          {busy ? 'Importing…' : count === 1 ? 'Import 1 event' : `Import ${count.toLocaleString('en-US')} events`}
        </button>
      </div>
    </dialog>
  );
}
