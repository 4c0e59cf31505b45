import type { MethodInput } from '../../../shared/api/contract.ts';
import type { Person, PersonUpdate } from '../../../shared/domain/person.ts';
import type { ReminderState } from '../../../shared/reminders/overdue.ts';
import { errorMessage } from '../../../shared/error-message.ts';
import { checkInput } from '../../api/check-input.ts';
import type { ApiClient, ClientEvent } from '../../api/client.ts';
import { toFormError } from '../../api/field-errors.ts';
import { newId } from '../../api/new-id.ts';
import { failed, succeeded, type ActionResult } from '../action-result.ts';
import { coalescedRefetch } from '../coalesced-refetch.ts';
import { createDomainStore } from '../create-domain-store.ts';
import type { LoadState } from '../meeting-collection.ts';
import type { UndoStack } from '../undo-stack.ts';

export type PersonField = 'name' | 'email' | 'jiraUser' | 'githubLogin';

export const PERSON_FORM_FIELDS: Readonly<Record<string, PersonField>> = { name: 'name', email: 'email', jiraUser: 'jiraUser', githubLogin: 'githubLogin' };

export type PersonFields = Pick<Person, PersonField>;

export interface PeopleState {
  /** The directory, by name. */
  people: Person[];
  loadState: LoadState;
  /** Why the directory could not be read (a note-taker's page may not read it; then owners are typed freely). */
  loadError: string | null;
  /** Reads the directory and keeps it up to date until the window closes. */
  load(): Promise<void>;
  add(fields: PersonFields): Promise<ActionResult<PersonField, Person>>;
  update(id: string, fields: Partial<PersonFields>): Promise<ActionResult<PersonField, PersonUpdate>>;
  /** Deletes the person and offers the undo on the window's one undo stack (same id, same fields). */
  remove(id: string): Promise<ActionResult<PersonField>>;

  /** Who the user is and what of theirs is overdue, as of `today` in their time zone; null until read. */
  reminder: ReminderState | null;
  loadReminder(today: string, now: number): Promise<void>;
  /** Answers "who are you?" (null: not now). */
  setMe(personId: string | null): Promise<ActionResult<PersonField>>;
}

export function createPeopleStore(client: ApiClient, undo: UndoStack) {
  return createDomainStore<PeopleState>((set, get) => {
    const fetchPeople = coalescedRefetch(async () => {
      try {
        set({ people: await client.call('people.list', {}), loadState: 'ready', loadError: null });
      } catch (error) {
        set({ loadState: 'error', loadError: errorMessage(error, 'The people directory could not be read.') });
      }
    });

    let lastAsked: { today: string; now: number } | null = null;
    const fetchReminder = async () => {
      if (lastAsked === null) return;
      try {
        set({ reminder: await client.call('reminders.get', lastAsked) });
      } catch {
        // A reminder is a courtesy: without it the app works the same.
      }
    };

    client.subscribe((event: ClientEvent) => {
      if (event.event === 'command') return;
      const personChanged = event.event === 'resync' || event.payload.entity === 'person';
      if (personChanged && get().loadState !== 'idle') void fetchPeople();
      if (event.event === 'resync' || event.payload.entity === 'person' || event.payload.entity === 'action_item') void fetchReminder();
    });

    const send = async <R>(run: () => Promise<R>): Promise<ActionResult<PersonField, R>> => {
      try {
        const value = await run();
        await fetchPeople();
        return succeeded(value);
      } catch (error) {
        return failed(toFormError(error, PERSON_FORM_FIELDS));
      }
    };

    return {
      people: [],
      loadState: 'idle',
      loadError: null,
      reminder: null,

      async load() {
        if (get().loadState === 'idle') set({ loadState: 'loading' });
        await fetchPeople();
      },

      async add(fields) {
        const input: MethodInput<'people.add'> = { id: newId(), ...fields };
        const invalid = checkInput('people.add', input);
        if (invalid) return failed(toFormError(invalid, PERSON_FORM_FIELDS));
        return send(() => client.call('people.add', input));
      },

      async update(id, fields) {
        const input: MethodInput<'people.update'> = { id, patch: fields };
        const invalid = checkInput('people.update', input);
        if (invalid) return failed(toFormError(invalid, PERSON_FORM_FIELDS));
        return send(() => client.call('people.update', input));
      },

      async remove(id) {
        const person = get().people.find((candidate) => candidate.id === id);
        const result = await send(() => client.call('people.delete', { id }));
        if (!result.ok || person === undefined) return result.ok ? succeeded(undefined) : result;
        const wasMe = get().reminder?.me?.id === id;
        undo.getState().push({
          verb: 'Removed',
          text: person.name,
          more: 'from the people directory',
          list: 'people',
          restore: () => {
            const { name, email, jiraUser, githubLogin } = person;
            void client
              .call('people.add', { id, name, email, jiraUser, githubLogin })
              .then(() => (wasMe ? client.call('reminders.setMe', { personId: id }) : undefined))
              .then(() => Promise.all([fetchPeople(), fetchReminder()]))
              .catch((error: unknown) => set({ loadError: `${person.name} could not be put back: ${errorMessage(error)}` }));
          },
        });
        return succeeded(undefined);
      },

      async loadReminder(today, now) {
        lastAsked = { today, now };
        await fetchReminder();
      },

      async setMe(personId) {
        try {
          await client.call('reminders.setMe', { personId });
          await fetchReminder();
          return succeeded(undefined);
        } catch (error) {
          return failed(toFormError(error, PERSON_FORM_FIELDS));
        }
      },
    };
  });
}
