import { useRef, useState, type FormEvent } from 'react';
import type { Person, PersonUpdate } from '../../../shared/domain/person.ts';
import { peopleStore } from '../../app/services.ts';
import type { PersonField, PersonFields } from '../../stores/people/people-store.ts';
import { FormMessage } from '../common/FormMessage.tsx';
import { TextField } from '../common/TextField.tsx';
import { useFormError } from '../common/use-form-error.ts';
import { PERSON_FIELD_LABELS, personFieldError, savedText } from './person-form-state.ts';

const EMPTY: PersonFields = { name: '', email: '', jiraUser: '', githubLogin: '' };

const HINTS: Partial<Record<PersonField, string>> = {
  jiraUser: 'For the Jira CSV’s Assignee; the e-mail is used when this is empty.',
  githubLogin: 'For gh issue create --assignee.',
};

interface PersonFormProps {
  /** The person edited; none to add one. */
  person?: Person;
  idPrefix: string;
  onDone(message: string): void;
  onCancel?(): void;
}

/** Adds a person, or edits one; a refused field is named next to it. */
export function PersonForm({ person, idPrefix, onDone, onCancel }: PersonFormProps) {
  const [fields, setFields] = useState<PersonFields>(
    person ? { name: person.name, email: person.email, jiraUser: person.jiraUser, githubLogin: person.githubLogin } : EMPTY,
  );
  const [error, setError, editedField] = useFormError<PersonField>();
  const [busy, setBusy] = useState(false);
  const refs = {
    name: useRef<HTMLInputElement>(null),
    email: useRef<HTMLInputElement>(null),
    jiraUser: useRef<HTMLInputElement>(null),
    githubLogin: useRef<HTMLInputElement>(null),
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const result = person ? await peopleStore.getState().update(person.id, fields) : await peopleStore.getState().add(fields);
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      refs[result.error.field ?? 'name'].current?.focus();
      return;
    }
    setError(null);
    if (person) {
      const update = result.value as PersonUpdate;
      onDone(savedText(update, update.person.name !== person.name));
    } else {
      setFields(EMPTY);
      refs.name.current?.focus();
      onDone(`Added ${(result.value as Person).name}.`);
    }
  };

  return (
    <form className="person-form" onSubmit={(event) => void submit(event)} noValidate aria-label={person ? `Edit ${person.name}` : 'Add a person'}>
      <div className="person-form__fields">
        {(Object.keys(PERSON_FIELD_LABELS) as PersonField[]).map((field) => (
          <TextField
            key={field}
            id={`${idPrefix}-${field}`}
            label={PERSON_FIELD_LABELS[field] + (field === 'name' ? '' : ' (optional)')}
            ref={refs[field]}
            value={fields[field]}
            onValueChange={(value) => {
              setFields((current) => ({ ...current, [field]: value }));
              editedField(field);
            }}
            hint={field === 'name' && person ? 'Renaming also renames this person on their action items, except in published reviews.' : HINTS[field]}
            error={personFieldError(error, field)}
            inputMode={field === 'email' ? 'email' : undefined}
          />
        ))}
      </div>
      <FormMessage message={error && error.field === null ? error.message : null} />
      <div className="person-form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {person ? 'Save' : 'Add person'}
        </button>
        {onCancel ? (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
