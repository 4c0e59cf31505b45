import { useStore } from 'zustand';
import { SEVERITIES, type Meeting } from '../../../shared/domain/meeting.ts';
import { SEVERITY_RULES } from '../../../shared/meeting/severity.ts';
import { sentenceFor } from '../../api/field-errors.ts';
import type { createFactsAutosave } from '../../stores/facts/facts-store.ts';
import { FACT_LABELS, factText, type FactField } from '../facts/fact-fields.ts';

export type FactsAutosave = ReturnType<typeof createFactsAutosave>[1];

interface ReportFactFieldProps {
  /** The panel's id prefix: the field's id is `${idPrefix}-${field}`. */
  idPrefix: string;
  field: FactField;
  meeting: Meeting;
  autosave: FactsAutosave;
  kind?: 'text' | 'long' | 'date' | 'datetime' | 'severity';
  placeholder?: string;
  hint?: string;
}

/** One incident fact, written in place in the report panel and saved as it is typed (the facts autosave). */
export function ReportFactField({ idPrefix, field, meeting, autosave, kind = 'text', placeholder, hint }: ReportFactFieldProps) {
  const draft = useStore(autosave, (state) => state.drafts[field]);
  const error = useStore(autosave, (state) => state.errors[field]);
  const id = `${idPrefix}-${field}`;
  const value = draft ?? factText(meeting, field);
  const edit = (text: string) => autosave.getState().edit(field, text);
  const flush = () => void autosave.getState().flush();
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value,
    onBlur: flush,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    'data-fact': field,
    dir: 'auto' as const,
  };

  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>{FACT_LABELS[field]}</label>
      {kind === 'long' ? (
        <textarea {...common} rows={3} placeholder={placeholder} spellCheck onChange={(event) => edit(event.target.value)} />
      ) : kind === 'severity' ? (
        <select
          {...common}
          onChange={(event) => {
            edit(event.target.value);
            flush();
          }}
        >
          <option value="">Not set</option>
          {SEVERITIES.map((choice) => (
            <option key={choice} value={choice}>
              {choice}: {SEVERITY_RULES[choice].meaning}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...common}
          type={kind === 'date' ? 'date' : kind === 'datetime' ? 'datetime-local' : 'text'}
          autoComplete="off"
          placeholder={placeholder}
          onChange={(event) => edit(event.target.value)}
        />
      )}
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {sentenceFor(FACT_LABELS[field], error)}
        </p>
      ) : null}
    </div>
  );
}
