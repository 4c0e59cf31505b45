import { beforeEach, describe, expect, it } from 'vitest';
import type { ActionItem } from '../../../src/shared/domain/actions.ts';
import type { Meeting } from '../../../src/shared/domain/meeting.ts';
import { createPeopleStore } from '../../../src/renderer/stores/people/people-store.ts';
import { createUndoStack } from '../../../src/renderer/stores/undo-stack.ts';
import { savedText } from '../../../src/renderer/views/people/person-form-state.ts';
import { clientsOver, settle, useServiceOnTempFile } from '../../harness/index.ts';

function windowOver(api: ReturnType<typeof clientsOver>) {
  const [, undo] = createUndoStack();
  const [, store] = createPeopleStore(api.newClient(), undo);
  const names = () => store.getState().people.map((person) => person.name);
  return { store, undo, names };
}

const NO_IDS = { email: '', jiraUser: '', githubLogin: '' };

describe('the people store over the real service', () => {
  const fixture = useServiceOnTempFile();
  let api: ReturnType<typeof clientsOver>;
  beforeEach(() => {
    api = clientsOver(fixture.service);
  });

  it('adds and names a refused field; another window hears the change', async () => {
    const one = windowOver(api);
    const two = windowOver(api);
    await one.store.getState().load();
    await two.store.getState().load();
    expect((await one.store.getState().add({ name: 'Ana Lima', ...NO_IDS, githubLogin: 'analima' })).ok).toBe(true);
    expect(one.names()).toEqual(['Ana Lima']);
    await settle();
    expect(two.names()).toEqual(['Ana Lima']);

    const refused = await one.store.getState().add({ name: 'Bo', ...NO_IDS, email: 'not mail' });
    expect(refused).toEqual({ ok: false, error: { field: 'email', message: 'must be an e-mail address such as ana@example.com' } });
    const taken = await one.store.getState().add({ name: 'ANA LIMA', ...NO_IDS });
    expect(taken).toEqual({ ok: false, error: { field: 'name', message: '"Ana Lima" is already in the directory' } });
  });

  it('removes onto the one undo stack; undo brings the same person back', async () => {
    const window = windowOver(api);
    await window.store.getState().load();
    await window.store.getState().add({ name: 'Ana Lima', ...NO_IDS, jiraUser: 'ana@example.com' });
    const [ana] = window.store.getState().people;
    expect((await window.store.getState().remove(ana?.id ?? '')).ok).toBe(true);
    expect(window.names()).toEqual([]);
    expect(window.undo.getState().deletions.map((deletion) => deletion.text)).toEqual(['Ana Lima']);
    window.undo.getState().undoLast();
    await settle();
    await window.store.getState().load();
    // Same id and identities; the dates are those of the return.
    expect(window.store.getState().people).toEqual([{ ...ana, createdAt: expect.any(Number) as number, updatedAt: expect.any(Number) as number }]);
  });

  it('says what a rename did to the owners of action items', async () => {
    const window = windowOver(api);
    await window.store.getState().load();
    const meetingId = (api.call('meetings.create', { title: 'Outage' }) as Meeting).id;
    api.call('actions.add', { meetingId, title: 'Do it', owner: 'Ana Lima' }) as ActionItem;
    await window.store.getState().add({ name: 'Ana Lima', ...NO_IDS });
    const id = window.store.getState().people[0]?.id ?? '';
    const renamed = await window.store.getState().update(id, { name: 'Ana Souza' });
    expect(renamed.ok && savedText(renamed.value, true)).toBe('Renamed to Ana Souza. 1 action item now names Ana Souza as owner.');
    expect(savedText({ person: { ...window.store.getState().people[0]!, name: 'X' }, ownersRenamed: 0, ownersKept: 2 }, true)).toBe(
      'Renamed to X. 2 action items in published reviews keep the old name until the review is reopened.',
    );
  });
});
