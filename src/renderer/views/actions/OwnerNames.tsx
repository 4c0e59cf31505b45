import { useMemo } from 'react';
import { useParticipants } from '../../app/services.ts';
import { participantRows } from '../../stores/participants/participants-store.ts';

/** The participants' names, offered by the owner fields that name this list; any other owner can still be typed. */
export function OwnerNames({ id }: { id: string }) {
  const items = useParticipants((state) => state.items);
  const drafts = useParticipants((state) => state.drafts);
  const hidden = useParticipants((state) => state.hidden);
  const names = useMemo(() => [...new Set(participantRows({ items, drafts, hidden }).map((participant) => participant.name))], [items, drafts, hidden]);
  return (
    <datalist id={id}>
      {names.map((name) => (
        <option key={name} value={name} />
      ))}
    </datalist>
  );
}
