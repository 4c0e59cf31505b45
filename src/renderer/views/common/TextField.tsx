import type { InputHTMLAttributes, Ref } from 'react';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange'> {
  id: string;
  label: string;
  value: string;
  onValueChange(value: string): void;
  /** Shown under the field and read out with it. */
  hint?: string;
  /** Already a full sentence naming the field, e.g. "Title must not be empty." */
  error?: string | null;
  ref?: Ref<HTMLInputElement>;
  className?: string;
}

/** A labelled text input with its hint and its error tied to it for screen readers. */
export function TextField({ id, label, value, onValueChange, hint, error, ref, className, ...inputProps }: TextFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', className, error ? 'field--invalid' : ''].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{label}</label>
      <input
        {...inputProps}
        id={id}
        ref={ref}
        type="text"
        dir="auto"
        value={value}
        onChange={(event) => onValueChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        autoComplete="off"
        spellCheck={inputProps.spellCheck ?? false}
      />
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
