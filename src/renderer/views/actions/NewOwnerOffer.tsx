import { useMemo, useState } from 'react';
import { personNameKey } from '../../../shared/domain/person.ts';
import { peopleStore, usePeople } from '../../app/services.ts';
import { hrefFor } from '../../routing/routes.ts';

/**
 * Owners typed on this review's items who are not in the people directory yet, each with a button that adds them, so
 * exports can map them to a tracker user. Shown only where the directory could be read (not on a note-taker's page).
 */
export function NewOwnerOffer({ owners }: { owners: readonly string[] }) {
  const people = usePeople((state) => state.people);
  const loadState = usePeople((state) => state.loadState);
  const [message, setMessage] = useState<string | null>(null);
  const missing = useMemo(() => {
    const known = new Set(people.map((person) => personNameKey(person.name)));
    const seen = new Map<string, string>();
    for (const owner of owners) {
      const key = personNameKey(owner);
      if (owner.trim() !== '' && !known.has(key) && !seen.has(key)) seen.set(key, owner);
    }
    return [...seen.values()];
  }, [owners, people]);

  if (loadState !== 'ready' || (missing.length === 0 && message === null)) return null;

  const add = async (name: string) => {
    const result = await peopleStore.getState().add({ name, email: '', jiraUser: '', githubLogin: '' });
    setMessage(
      result.ok ? `Added ${name} to the people directory; add their Jira user or GitHub login in People.` : `${name} was not added: ${result.error.message}`,
    );
  };

  return (
    <div className="owner-offers" data-testid="owner-offers">
      {missing.length > 0 ? <span className="muted">Not in the people directory:</span> : null}
      {missing.map((name) => (
        <button key={name} type="button" className="button button--small" onClick={() => void add(name)}>
          Add <bdi>{name}</bdi> to People
        </button>
      ))}
      {message ? (
        <span className="field__hint" role="status">
          {message} <a href={hrefFor({ name: 'people' })}>Open People</a>
        </span>
      ) : null}
    </div>
  );
}
