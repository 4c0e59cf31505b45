import { useId, useRef, useState, type FormEvent } from 'react';
import { KIND_LABELS } from '../../../shared/redaction/detect.ts';
import { placeLabel, type RedactionScan } from '../../../shared/redaction/redact-archive.ts';
import type { Finding } from '../../../shared/redaction/redact-strings.ts';
import { countsByKind } from '../../../shared/redaction/summary.ts';
import { redactionStore, useRedaction } from '../../app/services.ts';
import { sentenceFor } from '../../api/field-errors.ts';
import { FormMessage } from '../common/FormMessage.tsx';
import { TextField } from '../common/TextField.tsx';
import { useFormError } from '../common/use-form-error.ts';

/** Long values (a private key block) are shown by their start; the decision covers the whole value. */
const SHOWN_LENGTH = 80;
/** How many places of one value are named before "and N more". */
const PLACES_SHOWN = 3;

const shown = (value: string): string => {
  const line = value.replace(/\s+/g, ' ');
  return line.length > SHOWN_LENGTH ? `${line.slice(0, SHOWN_LENGTH - 1)}…` : line;
};

function placesText(finding: Finding): string {
  const labels = [...new Set(finding.places.map((place) => placeLabel(place.path)))];
  const named = labels.slice(0, PLACES_SHOWN).join('; ');
  return labels.length > PLACES_SHOWN ? `${named}; and ${labels.length - PLACES_SHOWN} more` : named;
}

interface RedactionReviewProps {
  scan: RedactionScan;
  /** Keys of the findings kept as written; every other one is replaced (the default). */
  kept: ReadonlySet<string>;
  onKeptChange(kept: ReadonlySet<string>): void;
}

/**
 * "Review for sensitive text": every value found in what the file will hold, one line each however often it occurs,
 * ticked to be replaced. Unticking keeps it as written. The stored review is never changed, only the file.
 */
export function RedactionReview({ scan, kept, onKeptChange }: RedactionReviewProps) {
  const id = useId();
  const { findings, images } = scan;
  const replacedCount = findings.filter((finding) => !kept.has(finding.key)).length;
  const toggle = (key: string, replace: boolean) => {
    const next = new Set(kept);
    if (replace) next.delete(key);
    else next.add(key);
    onKeptChange(next);
  };

  return (
    <section className="redaction-review" aria-labelledby={`${id}-heading`} data-testid="redaction-review">
      <h3 id={`${id}-heading`}>Review for sensitive text</h3>
      <p className="field__hint" id={`${id}-summary`} data-testid="redaction-summary">
        {findings.length === 0
          ? 'Nothing sensitive was found in the text of this file.'
          : `Found ${countsByKind(findings)}. Ticked values are replaced in the file (${replacedCount} of ${findings.length}); untick one to keep it as written. The review itself is not changed.`}
      </p>
      {images > 0 ? (
        <p className="redaction-review__images" data-testid="redaction-images">
          {images === 1 ? 'This review has 1 image' : `This review has ${images} images`}: text inside images cannot be checked, so look at{' '}
          {images === 1 ? 'it' : 'them'} before you share the file.
        </p>
      ) : null}
      {findings.length > 0 ? (
        <>
          <div className="export-dialog__quick" role="group" aria-label="Decide for every value">
            <button type="button" className="button button--small" onClick={() => onKeptChange(new Set())}>
              Replace all
            </button>
            <button type="button" className="button button--small" onClick={() => onKeptChange(new Set(findings.map((finding) => finding.key)))}>
              Keep all
            </button>
          </div>
          <ul className="redaction-review__list" aria-describedby={`${id}-summary`}>
            {findings.map((finding, index) => {
              const replace = !kept.has(finding.key);
              const detailId = `${id}-finding-${index}`;
              return (
                <li key={finding.key} className="redaction-finding" data-testid="redaction-finding" data-kind={finding.kind}>
                  <label className="redaction-finding__choice">
                    <input type="checkbox" checked={replace} onChange={(event) => toggle(finding.key, event.target.checked)} aria-describedby={detailId} />
                    <span>
                      Replace{' '}
                      <bdi dir="auto" className="redaction-finding__value">
                        {shown(finding.value)}
                      </bdi>
                    </span>
                  </label>
                  <p className="redaction-finding__detail" id={detailId}>
                    {KIND_LABELS[finding.kind]}
                    {finding.count > 1 ? `, ${finding.count} times` : ''}, in <bdi>{placesText(finding)}</bdi>.{' '}
                    {replace ? (
                      <>
                        Becomes <code>{finding.replacement}</code>.
                      </>
                    ) : (
                      'Kept as written.'
                    )}
                  </p>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      <RedactionTerms />
    </section>
  );
}

/** The team's list of customer and person names to look for: shown folded, added and removed here. */
function RedactionTerms() {
  const id = useId();
  const terms = useRedaction((state) => state.terms);
  const loadError = useRedaction((state) => state.loadError);
  const [text, setText] = useState('');
  const [error, setError, editedField] = useFormError<'term'>();
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const result = await redactionStore.getState().add(text);
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      input.current?.focus();
      return;
    }
    setError(null);
    setText('');
    input.current?.focus();
  };

  return (
    <details className="redaction-terms">
      <summary>Names to look for ({terms.length})</summary>
      <p className="field__hint">Customer and person names your team keeps out of shared files. Each is found ignoring case, as a whole word.</p>
      <FormMessage message={loadError} />
      {terms.length > 0 ? (
        <ul className="redaction-terms__list">
          {terms.map((term) => (
            <li key={term.id}>
              <bdi dir="auto">{term.term}</bdi>
              <button
                type="button"
                className="button button--small button--quiet"
                aria-label={`Remove ${term.term}`}
                onClick={() => void redactionStore.getState().remove(term.id)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <form className="redaction-terms__add" onSubmit={(event) => void add(event)} noValidate aria-label="Add a name to look for">
        <TextField
          id={`${id}-term`}
          label="Name"
          ref={input}
          value={text}
          onValueChange={(value) => {
            setText(value);
            editedField('term');
          }}
          error={error && error.field === 'term' ? sentenceFor('Name', error.message) : null}
        />
        <FormMessage message={error && error.field === null ? error.message : null} />
        <button type="submit" className="button button--small" disabled={busy}>
          Add name
        </button>
      </form>
    </details>
  );
}
