import { FINDING_SEVERITIES, FINDING_SEVERITY_LABELS, type Note } from '../../../shared/domain/notes.ts';
import { isBlankText } from '../../../shared/text/blank-text.ts';
import { notesStore, rootCauseWrites } from '../../app/services.ts';
import { BlameHint } from '../common/BlameHint.tsx';
import { ChangedElsewhereMark } from '../common/ChangedElsewhere.tsx';
import { useChangedElsewhere } from '../common/use-changed-elsewhere.ts';
import { EvidenceAttachments } from '../evidence/EvidenceAttachments.tsx';
import { ShowOnScreenButton } from '../audience/ShowOnScreenButton.tsx';
import { ItemFactors } from '../tags/ItemFactors.tsx';

/** One note, edited in place: saved as it is typed, Enter leaves the field, and someone else's change is pointed out. */
export function NoteItem({ note, listTitle, editing, onEditing }: { note: Note; listTitle: string; editing: boolean; onEditing(on: boolean): void }) {
  const store = notesStore.getState;
  const elsewhere = useChangedElsewhere(note.text, note.id);
  return (
    <li className="notes-list__item" data-testid="note" data-note-id={note.id}>
      <input
        className="text-input notes-list__text"
        aria-label={`${listTitle}: note`}
        value={note.text}
        onFocus={() => onEditing(true)}
        onChange={(event) => {
          elsewhere.own(event.target.value);
          void store().update(note.id, { text: event.target.value });
        }}
        onBlur={() => {
          onEditing(false);
          rootCauseWrites.getState().flushEdits();
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') event.currentTarget.blur();
        }}
      />
      {note.category === 'perspective_finding' ? (
        <select
          className="notes-list__severity"
          aria-label={`Severity of “${note.text}”`}
          value={note.severity ?? ''}
          onChange={(event) => void store().update(note.id, { severity: FINDING_SEVERITIES.find((severity) => severity === event.target.value) ?? null })}
        >
          <option value="">Severity not set</option>
          {FINDING_SEVERITIES.map((severity) => (
            <option key={severity} value={severity}>
              {FINDING_SEVERITY_LABELS[severity]}
            </option>
          ))}
        </select>
      ) : null}
      <ShowOnScreenButton focus={{ kind: 'note', id: note.id }} label={note.text || listTitle} />
      <button
        type="button"
        className="button button--small button--quiet"
        aria-label={`Delete the note "${note.text}"`}
        onClick={() => void store().remove(note.id)}
      >
        <span aria-hidden="true">✕</span>
      </button>
      <ChangedElsewhereMark show={elsewhere.changed} by={elsewhere.by} />
      <EvidenceAttachments meetingId={note.meetingId} target="note" targetId={note.id} itemLabel={note.text || listTitle} />
      {note.category === 'perspective_finding' ? (
        <ItemFactors meetingId={note.meetingId} itemKind="note" itemId={note.id} itemLabel={note.text || listTitle} show />
      ) : null}
      {editing ? (
        <>
          {isBlankText(note.text) ? <p className="field-error">A note needs some words; delete it instead to remove it.</p> : null}
          <BlameHint fieldId={`note-${note.id}`} text={note.text} />
        </>
      ) : null}
    </li>
  );
}
