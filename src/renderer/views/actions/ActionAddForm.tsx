import { useRef, useState, type FormEvent } from 'react';
import {
  ACTION_CATEGORIES,
  ACTION_CATEGORY_LABELS,
  ACTION_HORIZON_LABELS,
  ACTION_HORIZONS,
  ACTION_PRIORITIES,
  type ActionCategory,
  type ActionHorizon,
  type ActionPriority,
} from '../../../shared/domain/actions.ts';
import { actionsStore } from '../../app/services.ts';
import type { ActionField } from '../../stores/actions/actions-store.ts';
import { BlameHint } from '../common/BlameHint.tsx';
import { FormMessage } from '../common/FormMessage.tsx';
import { TextField } from '../common/TextField.tsx';
import { useFormError } from '../common/use-form-error.ts';
import { actionFieldError } from './action-field-labels.ts';
import { ActionOptionSelect } from './ActionOptionSelect.tsx';
import { FindingSelect } from './FindingSelect.tsx';
import type { FindingLink } from './finding-options.ts';

/**
 * Adds an item from the keyboard: type the action, Tab to owner and date if they are known, Enter. The item shows at
 * once and the form is ready for the next; priority, horizon and category stay as chosen for a run of similar items.
 */
export function ActionAddForm({ idPrefix = 'action-add', ownerListId }: { idPrefix?: string; ownerListId?: string }) {
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [priority, setPriority] = useState<ActionPriority>('P1');
  const [horizon, setHorizon] = useState<ActionHorizon>('short_term');
  const [category, setCategory] = useState<ActionCategory | null>(null);
  const [link, setLink] = useState<FindingLink>({ whyId: null, noteId: null });
  const [error, setError, editedField] = useFormError<ActionField>();
  const titleRef = useRef<HTMLInputElement>(null);
  const ownerRef = useRef<HTMLInputElement>(null);
  const dueRef = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = actionsStore.getState().add({ title, owner, dueOn: dueOn.trim() === '' ? null : dueOn.trim(), priority, horizon, category, ...link });
    if (!result.ok) {
      setError(result.error);
      const refs: Partial<Record<ActionField, typeof titleRef>> = { title: titleRef, owner: ownerRef, dueOn: dueRef };
      (result.error.field ? refs[result.error.field] : titleRef)?.current?.focus();
      return;
    }
    setTitle('');
    setOwner('');
    setDueOn('');
    setLink({ whyId: null, noteId: null });
    setError(null);
    titleRef.current?.focus();
  };

  const fieldError = (field: ActionField) => (error?.field === field ? actionFieldError(field, error.message) : null);

  return (
    <form className="action-add" onSubmit={submit} aria-label="Add an action item" noValidate>
      <TextField
        id={`${idPrefix}-title`}
        className="action-add__title"
        label="New action item"
        value={title}
        ref={titleRef}
        onValueChange={(value) => {
          setTitle(value);
          editedField('title');
        }}
        placeholder="What will change, e.g. Alert on queue depth"
        error={fieldError('title')}
        spellCheck
      />
      <BlameHint fieldId={`${idPrefix}-title`} text={title} className="action-add__hint" />
      <TextField
        id={`${idPrefix}-owner`}
        label="Owner"
        value={owner}
        ref={ownerRef}
        onValueChange={(value) => {
          setOwner(value);
          editedField('owner');
        }}
        placeholder="@name"
        list={ownerListId}
        error={fieldError('owner')}
      />
      <TextField
        id={`${idPrefix}-due`}
        label="Due date"
        value={dueOn}
        ref={dueRef}
        onValueChange={(value) => {
          setDueOn(value);
          editedField('dueOn');
        }}
        placeholder="YYYY-MM-DD"
        inputMode="numeric"
        error={fieldError('dueOn')}
      />
      <div className="field">
        <label htmlFor={`${idPrefix}-priority`}>Priority</label>
        <ActionOptionSelect
          id={`${idPrefix}-priority`}
          label="Priority"
          value={priority}
          options={ACTION_PRIORITIES}
          onValueChange={(value) => setPriority(value ?? 'P1')}
        />
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-horizon`}>Horizon</label>
        <ActionOptionSelect
          id={`${idPrefix}-horizon`}
          label="Horizon"
          value={horizon}
          options={ACTION_HORIZONS}
          labels={ACTION_HORIZON_LABELS}
          onValueChange={(value) => setHorizon(value ?? 'short_term')}
        />
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-category`}>Category</label>
        <ActionOptionSelect
          id={`${idPrefix}-category`}
          label="Category"
          value={category}
          options={ACTION_CATEGORIES}
          labels={ACTION_CATEGORY_LABELS}
          emptyLabel="—"
          onValueChange={(value) => setCategory(value)}
        />
      </div>
      <div className="field action-add__finding">
        <label htmlFor={`${idPrefix}-finding`}>Addresses</label>
        <FindingSelect id={`${idPrefix}-finding`} label="Addresses" link={link} onLinkChange={setLink} />
      </div>
      <button type="submit" className="button button--primary action-add__submit">
        Add
      </button>
      <FormMessage message={error && !error.field ? error.message : null} />
    </form>
  );
}
