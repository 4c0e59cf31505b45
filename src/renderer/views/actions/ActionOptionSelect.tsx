import type { SelectHTMLAttributes } from 'react';

interface ActionOptionSelectProps<Value extends string> extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> {
  label: string;
  value: Value | null;
  options: readonly Value[];
  labels?: Readonly<Record<Value, string>>;
  /** Offered as the first option when the field may be left empty. */
  emptyLabel?: string;
  onValueChange(value: Value | null): void;
}

/** A labelled select over one of the action-item enums; the label is for screen readers when the column says it. */
export function ActionOptionSelect<Value extends string>({
  label,
  value,
  options,
  labels,
  emptyLabel,
  onValueChange,
  ...selectProps
}: ActionOptionSelectProps<Value>) {
  return (
    <select
      {...selectProps}
      aria-label={label}
      value={value ?? ''}
      onChange={(event) => {
        const chosen = options.find((option) => option === event.target.value);
        onValueChange(chosen ?? null);
      }}
    >
      {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
      {options.map((option) => (
        <option key={option} value={option}>
          {labels ? labels[option] : option}
        </option>
      ))}
    </select>
  );
}
