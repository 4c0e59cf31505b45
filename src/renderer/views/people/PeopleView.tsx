import { useEffect, useState } from 'react';
import type { Person } from '../../../shared/domain/person.ts';
import { calendarDateAt, localTimeZone } from '../../../shared/time/zoned-time.ts';
import { peopleStore, usePeople } from '../../app/services.ts';
import { DeletePersonDialog } from './DeletePersonDialog.tsx';
import { PersonForm } from './PersonForm.tsx';
import { WhoAreYou } from './WhoAreYou.tsx';

const dash = (text: string) => (text === '' ? <span className="muted">—</span> : <bdi>{text}</bdi>);

/** The people directory: who owns actions or takes part, with the identities tracker exports assign issues to. */
export function PeopleView() {
  const people = usePeople((state) => state.people);
  const loadState = usePeople((state) => state.loadState);
  const loadError = usePeople((state) => state.loadError);
  const [editing, setEditing] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Person | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    document.title = 'People · Debrief';
    void peopleStore.getState().load();
    const now = Date.now();
    void peopleStore.getState().loadReminder(calendarDateAt(now, localTimeZone()), now);
  }, []);

  return (
    <div className="people page">
      <div className="page__heading">
        <h1>People</h1>
        <p className="page__lede">
          Who owns action items or takes part in reviews. Owners are picked from here, and tracker exports assign each item to the owner’s Jira user or GitHub
          login.
        </p>
      </div>
      <section className="panel" aria-labelledby="people-add-heading">
        <h2 id="people-add-heading">Add a person</h2>
        <PersonForm idPrefix="person-add" onDone={setMessage} />
      </section>
      <p className="field__hint" role="status" data-testid="people-message">
        {message}
      </p>
      <section className="panel" aria-labelledby="people-list-heading">
        <h2 id="people-list-heading">Directory</h2>
        {loadState === 'error' ? (
          <p className="form-message" role="alert">
            The people directory could not be loaded: {loadError}
          </p>
        ) : null}
        {loadState === 'loading' || loadState === 'idle' ? <p className="muted">Loading people…</p> : null}
        {loadState === 'ready' && people.length === 0 ? (
          <div className="empty-state">
            <p className="empty-state__title">Nobody here yet</p>
            <p>Add the people who own action items. Names typed as owners can be added from a review’s action items too.</p>
          </div>
        ) : null}
        {people.length > 0 ? (
          <table className="meeting-table people-table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">E-mail</th>
                <th scope="col">Jira user</th>
                <th scope="col">GitHub login</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {people.map((person) =>
                editing === person.id ? (
                  <tr key={person.id}>
                    <td colSpan={5}>
                      <PersonForm
                        person={person}
                        idPrefix={`person-edit-${person.id}`}
                        onDone={(text) => {
                          setEditing(null);
                          setMessage(text);
                        }}
                        onCancel={() => setEditing(null)}
                      />
                    </td>
                  </tr>
                ) : (
                  <tr key={person.id} data-testid="person-row">
                    <th scope="row" className="meeting-table__title">
                      <bdi>{person.name}</bdi>
                    </th>
                    <td>{dash(person.email)}</td>
                    <td>{dash(person.jiraUser)}</td>
                    <td>{dash(person.githubLogin)}</td>
                    <td className="people-table__actions">
                      <button type="button" className="button button--small" onClick={() => setEditing(person.id)} aria-label={`Edit ${person.name}`}>
                        Edit
                      </button>{' '}
                      <button
                        type="button"
                        className="button button--small button--quiet"
                        onClick={() => setRemoving(person)}
                        aria-label={`Remove ${person.name}`}
                      >
                        Remove
                      </button>
                    </td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
        ) : null}
      </section>
      {people.length > 0 ? (
        <section className="panel" aria-labelledby="people-me-heading">
          <h2 id="people-me-heading">Reminders</h2>
          <WhoAreYou />
        </section>
      ) : null}
      <DeletePersonDialog
        person={removing}
        onDone={(text) => {
          setRemoving(null);
          if (text) setMessage(text);
        }}
      />
    </div>
  );
}
