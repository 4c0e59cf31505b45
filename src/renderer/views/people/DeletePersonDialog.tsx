import { UNDO_KEYS } from '../../commands/platform.ts';
import { FormMessage } from '../common/FormMessage.tsx';
import { useState } from 'react';
import type { Person } from '../../../shared/domain/person.ts';
import { peopleStore } from '../../app/services.ts';
import { useModalDialog } from '../common/use-modal-dialog.ts';

/** Asks before removing a person; Undo in the toast (or Ctrl/Cmd+Z) brings them back with the same identities. */
export function DeletePersonDialog({ person, onDone }: { person: Person | null; onDone(message: string | null): void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const close = (message: string | null = null) => {
    setError(null);
    onDone(message);
  };
  const dialogProps = useModalDialog(person !== null, () => close());

  const confirm = async () => {
    if (!person || busy) return;
    setBusy(true);
    const result = await peopleStore.getState().remove(person.id);
    setBusy(false);
    if (result.ok) close(`Removed ${person.name} from the directory.`);
    else setError(result.error.message);
  };

  return (
    <dialog {...dialogProps} className="modal-dialog delete-meeting" aria-labelledby="delete-person-heading" aria-describedby="delete-person-text">
      {person ? (
        <>
          <h2 id="delete-person-heading">
            Remove “<bdi>{person.name}</bdi>” from the directory?
          </h2>
          <p id="delete-person-text">
            Their action items keep <bdi>{person.name}</bdi> as owner, but tracker exports will no longer know their Jira user or GitHub login. Undo in the
            message that follows, or {UNDO_KEYS}, brings them back.
          </p>
          <FormMessage message={error} />
          <div className="delete-meeting__actions">
            <button type="button" className="button button--primary" onClick={() => void confirm()} disabled={busy}>
              Remove person
            </button>
            <button type="button" className="button" onClick={() => close()}>
              Cancel
            </button>
          </div>
        </>
      ) : null}
    </dialog>
  );
}
