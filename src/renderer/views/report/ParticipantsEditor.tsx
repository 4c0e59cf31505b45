import { useMemo, useState, type FormEvent } from 'react';
import { PERSPECTIVE_LABELS } from '../../../shared/agenda/perspective-labels.ts';
import { PARTICIPANT_ROLES, PERSPECTIVES, type Participant, type ParticipantRole, type Perspective } from '../../../shared/domain/participant.ts';
import { ROLE_LABELS } from '../../../shared/report/sections/labels.ts';
import { participantsStore, useParticipants } from '../../app/services.ts';
import { participantRows } from '../../stores/participants/participants-store.ts';
import { FormMessage } from '../common/FormMessage.tsx';

const perspectiveOf = (value: string): Perspective | null => PERSPECTIVES.find((perspective) => perspective === value) ?? null;
const roleOf = (value: string): ParticipantRole => PARTICIPANT_ROLES.find((role) => role === value) ?? 'responder';

/**
 * Who takes part (seed 003's participants, seed 000's perspectives): a name, a role and, in a panel review, the
 * perspective they speak for. Each change is saved at once; a removal can be undone.
 */
export function ParticipantsEditor({ idPrefix }: { idPrefix: string }) {
  const items = useParticipants((state) => state.items);
  const drafts = useParticipants((state) => state.drafts);
  const hidden = useParticipants((state) => state.hidden);
  const statuses = useParticipants((state) => state.statuses);
  const people = useMemo(() => participantRows({ items, drafts, hidden }), [items, drafts, hidden]);
  const [name, setName] = useState('');
  const [role, setRole] = useState<ParticipantRole>('responder');
  const [perspective, setPerspective] = useState<Perspective | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = participantsStore.getState().add({ name, role, perspective });
    if (!result.ok) {
      setMessage(result.error.field === 'name' ? `Name ${result.error.message}.` : result.error.message);
      return;
    }
    setName('');
    setMessage(null);
  };

  return (
    <div className="participants" data-testid="participants">
      {people.length === 0 ? (
        <p className="muted">Nobody is listed yet.</p>
      ) : (
        <ul className="participants__list" aria-label="Participants">
          {people.map((participant) => (
            <ParticipantRow key={participant.id} participant={participant} error={statuses[participant.id]} />
          ))}
        </ul>
      )}
      <form className="participants__add" onSubmit={submit} aria-label="Add a participant" noValidate>
        <div className="field">
          <label htmlFor={`${idPrefix}-participant-name`}>Name</label>
          <input
            id={`${idPrefix}-participant-name`}
            type="text"
            dir="auto"
            autoComplete="off"
            value={name}
            placeholder="e.g. Priya Nair"
            onChange={(event) => setName(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${idPrefix}-participant-role`}>Role</label>
          <select id={`${idPrefix}-participant-role`} value={role} onChange={(event) => setRole(roleOf(event.target.value))}>
            {PARTICIPANT_ROLES.map((choice) => (
              <option key={choice} value={choice}>
                {ROLE_LABELS[choice]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${idPrefix}-participant-perspective`}>Perspective</label>
          <select id={`${idPrefix}-participant-perspective`} value={perspective ?? ''} onChange={(event) => setPerspective(perspectiveOf(event.target.value))}>
            <option value="">None</option>
            {PERSPECTIVES.map((choice) => (
              <option key={choice} value={choice}>
                {PERSPECTIVE_LABELS[choice]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button participants__submit">
          Add participant
        </button>
        <FormMessage message={message} />
      </form>
    </div>
  );
}

function ParticipantRow({
  participant,
  error,
}: {
  participant: Participant;
  error: ReturnType<typeof participantsStore.getState>['statuses'][string] | undefined;
}) {
  const [name, setName] = useState(participant.name);
  const [editing, setEditing] = useState(false);
  const shown = editing ? name : participant.name;
  const store = participantsStore.getState;
  const saveName = () => {
    setEditing(false);
    if (name.trim() !== '' && name !== participant.name) void store().update(participant.id, { name });
  };
  return (
    <li className="participants__item" data-testid="participant">
      <input
        type="text"
        dir="auto"
        aria-label={`Name of ${participant.name}`}
        value={shown}
        autoComplete="off"
        onChange={(event) => {
          setEditing(true);
          setName(event.target.value);
        }}
        onBlur={saveName}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            saveName();
          }
        }}
      />
      <select
        aria-label={`Role of ${participant.name}`}
        value={participant.role}
        onChange={(event) => void store().update(participant.id, { role: roleOf(event.target.value) })}
      >
        {PARTICIPANT_ROLES.map((choice) => (
          <option key={choice} value={choice}>
            {ROLE_LABELS[choice]}
          </option>
        ))}
      </select>
      <select
        aria-label={`Perspective of ${participant.name}`}
        value={participant.perspective ?? ''}
        onChange={(event) => void store().update(participant.id, { perspective: perspectiveOf(event.target.value) })}
      >
        <option value="">No perspective</option>
        {PERSPECTIVES.map((choice) => (
          <option key={choice} value={choice}>
            {PERSPECTIVE_LABELS[choice]}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="button button--small button--quiet"
        aria-label={`Remove ${participant.name}`}
        onClick={() => void store().remove(participant.id)}
      >
        Remove
      </button>
      {error?.state === 'error' ? (
        <span className="field__error" role="alert">
          Not saved: {error.message}
        </span>
      ) : null}
    </li>
  );
}
