import { useDeferredValue, useEffect, useId, useMemo, useRef, useState, type RefObject } from 'react';
import type { MeetingArchive } from '../../../shared/archive/meeting-archive.ts';
import type { EarlierOpenItem } from '../../../shared/domain/actions.ts';
import {
  layoutForTemplate,
  REPORT_FORMAT_LABELS,
  REPORT_FORMATS,
  REPORT_LAYOUT_DESCRIPTORS,
  REPORT_LAYOUTS,
  type ReportLayout,
} from '../../../shared/report/layouts.ts';
import { exportDialogStore, redactionStore, useExportDialog, useRedaction } from '../../app/services.ts';
import { redactExportMaterial, scanExportMaterial } from '../../../shared/redaction/redact-archive.ts';
import { RedactionReview } from './RedactionReview.tsx';
import { useModalDialog } from '../common/use-modal-dialog.ts';
import { copyText } from './copy-text.ts';
import {
  initialChoice,
  keyMomentsHint,
  parseRememberedChoice,
  rememberedChoiceKey,
  rememberedChoiceText,
  saveBlocker,
  sectionChoices,
  sectionsApply,
  withAllSections,
  withFormat,
  withKeyMoments,
  withLayout,
  withSection,
  type ExportChoice,
} from './export-options.ts';
import { exportBytes, FILE_TYPES, previewExport } from './export-output.ts';
import { saveExport } from './save-export.ts';
import { reportImageFiles } from '../../../shared/report/images.ts';
import { useMeetingArchive } from './use-meeting-archive.ts';
import { errorMessage } from '../../../shared/error-message.ts';
import { TrackerPanel } from './TrackerPanel.tsx';
import { PublishPanel } from './PublishPanel.tsx';

/** Clicks on Save this soon after a save are the rest of a double (or triple) click, not a new save. */
const REPEAT_CLICK_MS = 1_000;

type Activity = { kind: 'idle' } | { kind: 'working'; message: string } | { kind: 'done'; message: string } | { kind: 'error'; message: string };

const PREVIEW_HEADINGS = {
  md: 'Preview',
  docx: 'Content outline',
  json: 'Archive file',
} as const;

const PREVIEW_NOTES = {
  md: 'The file will hold exactly this text.',
  docx: 'The Word document has this content, with headings, tables and a header block laid out for print.',
  json: 'The whole meeting, to open again in Debrief on another computer. Layout and sections do not apply.',
} as const;

function readRemembered(meetingId: string, templateId: string): ExportChoice {
  const fallback = layoutForTemplate(templateId);
  try {
    return initialChoice(parseRememberedChoice(localStorage.getItem(rememberedChoiceKey(meetingId))), fallback);
  } catch {
    return initialChoice(null, fallback);
  }
}

function remember(meetingId: string, choice: ExportChoice): void {
  try {
    localStorage.setItem(rememberedChoiceKey(meetingId), rememberedChoiceText(choice));
  } catch {
    // Storage full or disabled: the dialog just starts from the defaults next time.
  }
}

const closeDialog = () => exportDialogStore.getState().close();

/** The export dialog of the meeting console: open while the export store names this meeting. */
export function ExportDialog({ meetingId }: { meetingId: string }) {
  const open = useExportDialog((state) => state.meetingId === meetingId);
  const dialogProps = useModalDialog(open, closeDialog);

  // Leaving the console must not leave the command context thinking a dialog is open.
  useEffect(() => () => exportDialogStore.getState().close(), []);

  return (
    <dialog {...dialogProps} className="modal-dialog export-dialog" aria-labelledby="export-heading">
      <h2 id="export-heading">Export report</h2>
      {open ? <ExportContent meetingId={meetingId} dialogRef={dialogProps.ref} /> : null}
    </dialog>
  );
}

/** Mounted each time the dialog opens, so it reads the meeting afresh. */
function ExportContent({ meetingId, dialogRef }: { meetingId: string; dialogRef: RefObject<HTMLDialogElement | null> }) {
  const [load, retry] = useMeetingArchive(meetingId);
  if (load.kind === 'ready') return <ExportForm meetingId={meetingId} archive={load.value.archive} backlog={load.value.backlog} dialogRef={dialogRef} />;
  return (
    <>
      {load.kind === 'loading' ? (
        <p className="muted export-dialog__loading" role="status">
          Gathering everything captured in this meeting…
        </p>
      ) : (
        <div className="export-dialog__problem">
          <p className="form-message" role="alert">
            The meeting could not be read for the report: {load.message}
          </p>
          <button type="button" className="button" onClick={retry}>
            Try again
          </button>
        </div>
      )}
      <div className="export-dialog__actions">
        <button type="button" className="button button--quiet" onClick={closeDialog}>
          Close
        </button>
      </div>
    </>
  );
}

interface ExportFormProps {
  meetingId: string;
  archive: MeetingArchive;
  backlog: EarlierOpenItem[];
  dialogRef: RefObject<HTMLDialogElement | null>;
}

function ExportForm({ meetingId, archive, backlog, dialogRef }: ExportFormProps) {
  const id = useId();
  const [choice, setChoice] = useState<ExportChoice>(() => readRemembered(meetingId, archive.meeting.templateId));
  const [activity, setActivity] = useState<Activity>({ kind: 'idle' });
  const shownChoice = useDeferredValue(choice);
  // Redaction (issue 16): the file is made from a redacted copy of the meeting, so every format says the same.
  const terms = useRedaction((state) => state.terms);
  const termsState = useRedaction((state) => state.loadState);
  useEffect(() => {
    void redactionStore.getState().load();
  }, []);
  const termTexts = useMemo(() => terms.map((term) => term.term), [terms]);
  const scan = useMemo(() => scanExportMaterial({ archive, backlog }, termTexts), [archive, backlog, termTexts]);
  const [kept, setKept] = useState<ReadonlySet<string>>(() => new Set());
  const material = useMemo(() => redactExportMaterial({ archive, backlog }, termTexts, kept), [archive, backlog, termTexts, kept]);
  const preview = useMemo(() => {
    try {
      return { ok: true as const, value: previewExport(material.archive, shownChoice, material.backlog) };
    } catch (error) {
      return { ok: false as const, message: errorMessage(error) };
    }
  }, [material, shownChoice]);
  const busy = activity.kind === 'working';
  const stale = shownChoice !== choice;
  const blocker = termsState === 'idle' || termsState === 'loading' ? 'Reading the names to look for…' : saveBlocker(choice);
  const previewRef = useRef<HTMLPreElement>(null);
  const saving = useRef(false);
  const lastSavedAt = useRef(0);

  const change = (next: ExportChoice) => {
    lastSavedAt.current = 0;
    setChoice(next);
    remember(meetingId, next);
    if (activity.kind !== 'working') setActivity({ kind: 'idle' });
  };

  // A new layout or format starts reading from the top.
  useEffect(() => {
    previewRef.current?.scrollTo({ top: 0 });
  }, [shownChoice.layout, shownChoice.format]);

  const save = async () => {
    if (!preview.ok || busy || blocker || stale) return;
    // One file per intent: a second click while saving, or within a double click's time after, saves nothing more.
    const at = Date.now();
    if (saving.current || at - lastSavedAt.current < REPEAT_CLICK_MS) return;
    saving.current = true;
    const { format } = choice;
    setActivity({ kind: 'working', message: format === 'docx' ? 'Preparing the document…' : 'Saving…' });
    try {
      const data = await exportBytes(format, preview.value);
      const images = format === 'md' ? reportImageFiles(preview.value.doc) : [];
      const companions = images.length > 0 ? { companions: { folder: preview.value.doc.imagesFolder, files: images } } : {};
      const outcome = await saveExport({ name: preview.value.fileName, data, ...FILE_TYPES[format], ...companions });
      if (outcome.kind === 'saved') setActivity({ kind: 'done', message: outcome.message });
      else if (outcome.kind === 'cancelled') setActivity({ kind: 'idle' });
      else setActivity({ kind: 'error', message: `The file was not saved: ${outcome.message}` });
    } catch (error) {
      setActivity({ kind: 'error', message: `The file could not be made: ${errorMessage(error)}` });
    } finally {
      saving.current = false;
      lastSavedAt.current = Date.now();
    }
  };

  const copy = async () => {
    const dialog = dialogRef.current;
    if (!preview.ok || !dialog || busy) return;
    const copied = await copyText(preview.value.markdown, dialog);
    setActivity(
      copied
        ? { kind: 'done', message: 'Copied the Markdown to the clipboard.' }
        : { kind: 'error', message: 'The clipboard could not be reached. Select the preview text and copy it instead.' },
    );
  };

  const layout = REPORT_LAYOUT_DESCRIPTORS[choice.layout];
  const sectionsOn = sectionsApply(choice.format);
  const ticked = new Set(choice.sections);

  return (
    <>
      <div className="export-dialog__body">
        <div className="export-dialog__options">
          <div className="field">
            <label htmlFor={`${id}-layout`}>Layout</label>
            <select
              id={`${id}-layout`}
              value={choice.layout}
              aria-describedby={`${id}-layout-description`}
              onChange={(event) => change(withLayout(choice, event.target.value as ReportLayout))}
            >
              {REPORT_LAYOUTS.map((candidate) => (
                <option key={candidate} value={candidate}>
                  {REPORT_LAYOUT_DESCRIPTORS[candidate].label}
                </option>
              ))}
            </select>
            <p id={`${id}-layout-description`} className="field__hint">
              {layout.description}
            </p>
          </div>

          <fieldset className="export-dialog__formats">
            <legend>Format</legend>
            {REPORT_FORMATS.map((candidate) => (
              <label key={candidate}>
                <input
                  type="radio"
                  name={`${id}-format`}
                  value={candidate}
                  checked={choice.format === candidate}
                  onChange={() => change(withFormat(choice, candidate))}
                />
                {REPORT_FORMAT_LABELS[candidate]}
              </label>
            ))}
          </fieldset>

          <fieldset className="export-dialog__sections" disabled={!sectionsOn} aria-describedby={sectionsOn ? undefined : `${id}-sections-note`}>
            <legend>Sections</legend>
            <div className="export-dialog__quick" role="group" aria-label="Tick sections">
              <button type="button" className="button button--small" onClick={() => change(withAllSections(choice, true))}>
                All
              </button>
              <button type="button" className="button button--small" onClick={() => change(withAllSections(choice, false))}>
                None
              </button>
            </div>
            {sectionChoices(choice.layout).map((section) => (
              <label key={section.id} className="export-dialog__section">
                <input type="checkbox" checked={ticked.has(section.id)} onChange={(event) => change(withSection(choice, section.id, event.target.checked))} />
                {section.title}
              </label>
            ))}
            <label className="export-dialog__key-moments">
              <input
                type="checkbox"
                checked={choice.keyMoments}
                aria-describedby={`${id}-key-moments-hint`}
                onChange={(event) => change(withKeyMoments(choice, event.target.checked))}
              />
              Timeline: key moments only, full timeline as an appendix
            </label>
            <p id={`${id}-key-moments-hint`} className="field__hint" data-testid="key-moments-hint">
              {keyMomentsHint(choice, archive.timeline)}
            </p>
            {sectionsOn ? null : (
              <p id={`${id}-sections-note`} className="field__hint">
                An archive always holds the whole meeting.
              </p>
            )}
          </fieldset>

          <RedactionReview
            scan={scan}
            kept={kept}
            onKeptChange={(next) => {
              lastSavedAt.current = 0;
              setKept(next);
              if (activity.kind !== 'working') setActivity({ kind: 'idle' });
            }}
          />
          <PublishPanel
            meetingId={meetingId}
            layout={choice.layout}
            keyMoments={choice.keyMoments}
            reviewState={archive.review.state}
            redact={(source) => redactExportMaterial(source, termTexts, kept)}
          />

          <TrackerPanel archive={material.archive} />
        </div>

        <section className="export-dialog__preview" aria-labelledby={`${id}-preview-heading`} aria-busy={stale}>
          <h3 id={`${id}-preview-heading`}>{PREVIEW_HEADINGS[shownChoice.format]}</h3>
          <p className="field__hint">{PREVIEW_NOTES[shownChoice.format]}</p>
          {preview.ok ? (
            <pre
              ref={previewRef}
              className="export-preview"
              tabIndex={0}
              aria-label={`${PREVIEW_HEADINGS[shownChoice.format]} of ${preview.value.fileName}`}
              data-testid="export-preview"
            >
              {preview.value.text}
            </pre>
          ) : (
            <p className="form-message" role="alert">
              The report could not be put together: {preview.message}
            </p>
          )}
        </section>
      </div>

      <p className={`export-dialog__status export-dialog__status--${activity.kind}`} role="status" data-testid="export-status">
        {activity.kind === 'idle' ? (blocker ?? '') : activity.kind === 'error' ? '' : activity.message}
      </p>
      {activity.kind === 'error' ? (
        <p className="form-message" role="alert">
          {activity.message}
        </p>
      ) : null}
      <div className="export-dialog__actions">
        <p className="export-dialog__file">
          <span className="export-dialog__file-label">File name</span> <code data-testid="export-file-name">{preview.ok ? preview.value.fileName : '—'}</code>
        </p>
        <button type="button" className="button button--quiet" onClick={closeDialog}>
          Close
        </button>
        <button type="button" className="button" onClick={() => void copy()} disabled={!preview.ok || busy || blocker !== null}>
          Copy Markdown
        </button>
        <button type="button" className="button button--primary" onClick={() => void save()} disabled={!preview.ok || busy || stale || blocker !== null}>
          {busy ? activity.message : 'Save'}
        </button>
      </div>
    </>
  );
}
