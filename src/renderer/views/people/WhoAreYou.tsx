import { FormMessage } from '../common/FormMessage.tsx';
import { useId, useState } from 'react';
import { peopleStore, usePeople } from '../../app/services.ts';

/**
 * "Who are you?": the person whose overdue action items, and the reviews they facilitate, the app reminds about once
 * a day. `askOnce` adds "Not now", which also counts as the answer (the People view can change it later).
 */
export function WhoAreYou({ askOnce = false }: { askOnce?: boolean }) {
  const id = useId();
  const people = usePeople((state) => state.people);
  const me = usePeople((state) => state.reminder?.me ?? null);
  // Until the user picks, the select shows who they already said they are.
  const [picked, setPicked] = useState<string | null>(null);
  const choice = picked ?? me?.id ?? '';
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const save = async (personId: string | null) => {
    const result = await peopleStore.getState().setMe(personId);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setError(null);
    const name = people.find((person) => person.id === personId)?.name;
    setSaved(name ? `Reminders are now for ${name}.` : 'No reminders will be shown.');
  };

  return (
    <div className="who-are-you" data-testid="who-are-you">
      <div className="field">
        <label htmlFor={`${id}-me`}>Who are you?</label>
        <select id={`${id}-me`} value={choice} onChange={(event) => setPicked(event.target.value)} aria-describedby={`${id}-hint`}>
          <option value="">Nobody (no reminders)</option>
          {people.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
        </select>
        <p className="field__hint" id={`${id}-hint`}>
          Once a day Debrief tells you about the action items you own and the reviews you facilitate that are overdue.
        </p>
      </div>
      <div className="who-are-you__actions">
        <button type="button" className="button button--small button--primary" onClick={() => void save(choice === '' ? null : choice)}>
          Save
        </button>
        {askOnce ? (
          <button type="button" className="button button--small button--quiet" onClick={() => void save(null)}>
            Not now
          </button>
        ) : null}
      </div>
      <FormMessage message={error} />
      {saved ? (
        <p className="field__hint" role="status">
          {saved}
        </p>
      ) : null}
    </div>
  );
}
