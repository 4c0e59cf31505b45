import { blameDismissalsStore, useBlameDismissals } from '../../stores/blame-dismissals-store.ts';
import { hintLine, visibleFindings } from './blame-hint-state.ts';
import { useBlameFindings } from './use-blame-findings.ts';

export interface BlameHintProps {
  /** Stable per field, e.g. "timeline-quick-add" or `whys-node-${id}`; dismissals are remembered under it. */
  fieldId: string;
  /** The field's current text, as typed. */
  text: string;
  className?: string;
}

/**
 * A gentle note under a text field when its words drift into blame: what kind of blame, and a question that turns it
 * toward the system. Debounced, dismissable per field and phrase, and silent when the text is clean.
 * Place it right after the field: `<BlameHint fieldId="notes-went-well" text={value} />`.
 */
export function BlameHint({ fieldId, text, className }: BlameHintProps) {
  const findings = useBlameFindings(text);
  const dismissed = useBlameDismissals((state) => state.dismissed);
  const lines = visibleFindings(findings, fieldId, dismissed).map((finding) => hintLine(fieldId, finding));
  if (lines.length === 0) return null;
  return (
    <div className={['blame-hint', className].filter(Boolean).join(' ')} role="status" aria-live="polite" data-field={fieldId}>
      {lines.map((line) => (
        <p className="blame-hint__line" key={line.key}>
          <span className="blame-hint__label">{line.label}</span> <q className="blame-hint__phrase">{line.phrase}</q>{' '}
          <span className="blame-hint__question">{line.question}</span>
          <button
            type="button"
            className="blame-hint__dismiss"
            aria-label={`Dismiss the hint about "${line.phrase}"`}
            onClick={() => blameDismissalsStore.getState().dismiss(line.key)}
          >
            Dismiss
          </button>
        </p>
      ))}
    </div>
  );
}
