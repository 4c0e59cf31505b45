import { beforeEach, describe, expect, it } from 'vitest';
import type { Meeting } from '../../../src/shared/domain/meeting.ts';
import { createParticipantsStore, participantRows } from '../../../src/renderer/stores/participants/participants-store.ts';
import { holdMeeting } from '../../../src/renderer/stores/meeting-holds.ts';
import { createUndoStack } from '../../../src/renderer/stores/undo-stack.ts';
import { clientsOver, settle, useServiceOnTempFile } from '../../harness/index.ts';

/** One window's store with its undo stack, over the real service. */
function windowOver(api: ReturnType<typeof clientsOver>) {
  const [, undo] = createUndoStack();
  const [, store] = createParticipantsStore(api.newClient(), undo);
  const people = () => participantRows(store.getState()).map(({ name, role, perspective }) => [name, role, perspective]);
  return { store, undo, people };
}

describe('the participants store over the real service', () => {
  const fixture = useServiceOnTempFile();
  let api: ReturnType<typeof clientsOver>;
  let MEETING: string;
  const stored = () => api.call('participants.list', { meetingId: MEETING }).map(({ name, role, perspective }) => [name, role, perspective]);
  beforeEach(() => {
    api = clientsOver(fixture.service);
    MEETING = (api.call('meetings.create', { title: 'Ledger outage' }) as Meeting).id;
  });

  it('adds at once, saves, and another window hears it; an edit of role and perspective is saved', async () => {
    const console = windowOver(api);
    const room = windowOver(api);
    await console.store.getState().open(MEETING);
    await room.store.getState().open(MEETING);

    const added = console.store.getState().add({ name: 'Priya Nair', role: 'facilitator' });
    expect(added.ok).toBe(true);
    expect(console.people()).toEqual([['Priya Nair', 'facilitator', null]]);
    await settle();
    expect(stored()).toEqual([['Priya Nair', 'facilitator', null]]);
    expect(room.people()).toEqual([['Priya Nair', 'facilitator', null]]);

    const id = added.ok ? added.value : '';
    expect((await console.store.getState().update(id, { role: 'responder', perspective: 'sre' })).ok).toBe(true);
    await settle();
    expect(stored()).toEqual([['Priya Nair', 'responder', 'sre']]);
    expect(room.people()).toEqual([['Priya Nair', 'responder', 'sre']]);
  });

  it('refuses an empty name, naming the field, and sends nothing', async () => {
    const console = windowOver(api);
    await console.store.getState().open(MEETING);
    const refused = console.store.getState().add({ name: '   ' });
    expect(refused).toMatchObject({ ok: false, error: { field: 'name' } });
    await settle();
    expect(stored()).toEqual([]);
  });

  it('a removal goes on the undo stack and undo brings the person back with the same id', async () => {
    const console = windowOver(api);
    await console.store.getState().open(MEETING);
    const added = console.store.getState().add({ name: 'Marco Rossi', role: 'stakeholder' });
    await settle();
    const id = added.ok ? added.value : '';
    await console.store.getState().remove(id);
    await settle();
    expect(stored()).toEqual([]);
    expect(console.undo.getState().deletions.map(({ text }) => text)).toEqual(['Marco Rossi']);
    console.undo.getState().undoLast();
    await settle();
    expect(api.call('participants.list', { meetingId: MEETING }).map((participant) => [participant.id, participant.name, participant.role])).toEqual([
      [id, 'Marco Rossi', 'stakeholder'],
    ]);
    expect(console.people()).toEqual([['Marco Rossi', 'stakeholder', null]]);
  });

  it('holdMeeting keeps the store following while any holder remains', async () => {
    const console = windowOver(api);
    const first = holdMeeting(console.store, MEETING);
    const second = holdMeeting(console.store, MEETING);
    await settle();
    expect(console.store.getState().meetingId).toBe(MEETING);
    first();
    first();
    expect(console.store.getState().meetingId).toBe(MEETING);
    second();
    expect(console.store.getState().meetingId).toBeNull();
  });
});
