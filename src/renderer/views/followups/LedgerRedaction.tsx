import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { TrackerExportInput } from '../../../shared/actions/tracker-export/index.ts';
import { redactTrackerInput, scanTrackerInput } from '../../../shared/redaction/redact-tracker.ts';
import { redactionStore, useRedaction } from '../../app/services.ts';
import { RedactionReview } from '../export/RedactionReview.tsx';

interface LedgerRedactionProps {
  /** The ledger's items as the filters showed them when the export was asked for. */
  input: TrackerExportInput;
  /** "Jira CSV", "iCalendar (.ics)": what the file will be. */
  formatLabel: string;
  busy: boolean;
  /** Writes the file from this copy, with every finding replaced except those kept. */
  onSave(redacted: TrackerExportInput): void;
  onCancel(): void;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * Redaction (issue 16) for the follow-ups ledger's file: the same review as the export dialog's, every finding ticked
 * to be replaced until the user keeps it. The file is written from a redacted copy; the stored items never change.
 */
export function LedgerRedaction({ input, formatLabel, busy, onSave, onCancel }: LedgerRedactionProps) {
  const id = useId();
  const terms = useRedaction((state) => state.terms);
  const termsState = useRedaction((state) => state.loadState);
  useEffect(() => {
    void redactionStore.getState().load();
  }, []);
  const termTexts = useMemo(() => terms.map((term) => term.term), [terms]);
  const scan = useMemo(() => scanTrackerInput(input, termTexts), [input, termTexts]);
  const [kept, setKept] = useState<ReadonlySet<string>>(() => new Set());
  const reading = termsState === 'idle' || termsState === 'loading';
  const heading = useRef<HTMLHeadingElement>(null);
  // Keyboard and screen-reader users land on what the button opened.
  useEffect(() => heading.current?.focus(), []);

  const cancelOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    onCancel();
  };

  return (
    <section className="ledger__redaction" aria-labelledby={`${id}-heading`} onKeyDown={cancelOnEscape} data-testid="ledger-redaction">
      <h3 id={`${id}-heading`} ref={heading} tabIndex={-1}>
        Before the file is saved
      </h3>
      <p className="field__hint">
        {plural(input.actions.length, 'action item', 'action items')} from {plural(input.reviews.length, 'review', 'reviews')}, as the filters showed them, for{' '}
        {formatLabel}.
      </p>
      <RedactionReview scan={scan} kept={kept} onKeptChange={setKept} />
      <div className="ledger__redaction-actions">
        <button
          type="button"
          className="button button--primary"
          disabled={busy || reading}
          aria-describedby={reading ? `${id}-reading` : undefined}
          onClick={() => onSave(redactTrackerInput(input, termTexts, kept))}
        >
          Save the file
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        {reading ? (
          <span className="field__hint" id={`${id}-reading`}>
            Reading the names to look for…
          </span>
        ) : null}
      </div>
    </section>
  );
}
