import { useEffect, useMemo } from 'react';
import { personNameKey } from '../../../shared/domain/person.ts';
import { peopleStore, useParticipants, usePeople } from '../../app/services.ts';
import { participantRows } from '../../stores/participants/participants-store.ts';

/** The people directory's names, then the participants' not in it: what an owner field suggests. */
export function useOwnerNames(): string[] {
  const people = usePeople((state) => state.people);
  const items = useParticipants((state) => state.items);
  const drafts = useParticipants((state) => state.drafts);
  const hidden = useParticipants((state) => state.hidden);
  useEffect(() => {
    // A note-taker's page may not read the directory; its owner fields then suggest the participants alone.
    void peopleStore.getState().load();
  }, []);
  return useMemo(() => {
    const names = new Map<string, string>();
    for (const name of [...people.map((person) => person.name), ...participantRows({ items, drafts, hidden }).map((participant) => participant.name)]) {
      if (!names.has(personNameKey(name))) names.set(personNameKey(name), name);
    }
    return [...names.values()];
  }, [people, items, drafts, hidden]);
}

/** The names offered by the owner fields that name this list; any other owner can still be typed. */
export function OwnerNames({ id }: { id: string }) {
  const names = useOwnerNames();
  return (
    <datalist id={id}>
      {names.map((name) => (
        <option key={name} value={name} />
      ))}
    </datalist>
  );
}
