import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { ActionResult } from '../../stores/action-result.ts';
import type { ActionField } from '../../stores/actions/actions-store.ts';
import { BlameHint } from '../common/BlameHint.tsx';
import { ChangedElsewhereMark } from '../common/ChangedElsewhere.tsx';
import { sameText, useChangedElsewhere } from '../common/use-changed-elsewhere.ts';
import { actionFieldError } from './action-field-labels.ts';

interface ActionTextCellProps {
  itemId: string;
  field: ActionField;
  /** What a screen reader hears, e.g. "Owner of Alert on queue depth". */
  label: string;
  value: string;
  placeholder?: string;
  /** Set where blaming words can creep in (the action's wording): the blameless hint follows the typing. */
  blameFieldId?: string;
  onCommit(text: string): Promise<ActionResult<ActionField>>;
  /** The id of a datalist of suggestions (the participants' names for an owner); free text stays allowed. */
  list?: string;
}

/**
 * One editable field of a listed item: saved on Enter or when focus leaves, put back on Escape. What was typed stays
 * in the field until it is saved, and a refusal is shown next to it.
 */
export function ActionTextCell({ itemId, field, label, value, placeholder, blameFieldId, onCommit, list }: ActionTextCellProps) {
  const [text, setText] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const editing = useRef(false);
  const elsewhere = useChangedElsewhere(value, itemId);

  // Another window's edit shows here unless this person is typing in the field; then their words win when saved.
  useEffect(() => {
    if (!editing.current) setText(value);
  }, [value]);

  const commit = async () => {
    editing.current = false;
    if (sameText(text, value)) {
      setText(value);
      return;
    }
    elsewhere.own(text);
    const result = await onCommit(text);
    // A refused edit puts the saved words back: that is not someone else's change.
    if (!result.ok) elsewhere.own(value);
    if (result.ok) setError(null);
    else setError(result.error.field ? actionFieldError(result.error.field, result.error.message) : result.error.message);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void commit();
    } else if (event.key === 'Escape') {
      editing.current = false;
      setText(value);
      setError(null);
    }
  };

  return (
    <span className={error ? `action-cell action-cell--${field} action-cell--invalid` : `action-cell action-cell--${field}`}>
      <input
        type="text"
        dir="auto"
        aria-label={label}
        list={list}
        value={text}
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={field === 'title'}
        aria-invalid={error ? true : undefined}
        onChange={(event) => {
          editing.current = true;
          setText(event.target.value);
          setError(null);
        }}
        onBlur={() => void commit()}
        onKeyDown={onKeyDown}
      />
      <ChangedElsewhereMark show={elsewhere.changed} by={elsewhere.by} detail={!sameText(text, value) ? `“${value}”; saving keeps yours` : undefined} />
      {error ? (
        <span className="action-cell__error" role="alert">
          {error}
        </span>
      ) : null}
      {blameFieldId ? <BlameHint fieldId={blameFieldId} text={text} /> : null}
    </span>
  );
}
