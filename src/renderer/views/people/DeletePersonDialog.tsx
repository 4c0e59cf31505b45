import { UNDO_KEYS } from '../../commands/platform.ts';
import type { Person } from '../../../shared/domain/person.ts';
import { peopleStore } from '../../app/services.ts';
import { ConfirmDeleteDialog } from '../common/ConfirmDeleteDialog.tsx';

/** Asks before removing a person; Undo in the toast (or Ctrl/Cmd+Z) brings them back with the same identities. */
export function DeletePersonDialog({ person, onDone }: { person: Person | null; onDone(message: string | null): void }) {
  const confirm = async (): Promise<string | null> => {
    if (!person) return null;
    const result = await peopleStore.getState().remove(person.id);
    if (!result.ok) return result.error.message;
    onDone(`Removed ${person.name} from the directory.`);
    return null;
  };

  return (
    <ConfirmDeleteDialog
      open={person !== null}
      heading={
        <>
          Remove “<bdi>{person?.name}</bdi>” from the directory?
        </>
      }
      text={
        <>
          Their action items keep <bdi>{person?.name}</bdi> as owner, but tracker exports will no longer know their Jira user or GitHub login. Undo in the
          message that follows, or {UNDO_KEYS}, brings them back.
        </>
      }
      confirmLabel="Remove person"
      onConfirm={confirm}
      onCancel={() => onDone(null)}
    />
  );
}
