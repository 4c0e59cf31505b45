import { useMemo, useState } from 'react';
import type { FindingKind, NoteCategory } from '../../../shared/domain/notes.ts';
import type { Perspective } from '../../../shared/domain/participant.ts';
import { rootCauseStore, useRootCause } from '../../app/services.ts';
import { BlameHint } from '../common/BlameHint.tsx';

export interface NotesListProps {
  title: string;
  category: NoteCategory;
  perspective?: Perspective;
  findingKind?: FindingKind;
  placeholder: string;
}

/** One list of notes: type and press Enter to add, edit in place, delete with undo. */
export function NotesList({ title, category, perspective, findingKind, placeholder }: NotesListProps) {
  const allNotes = useRootCause((state) => state.notes);
  const notes = useMemo(
    () =>
      allNotes
        .filter((note) => note.category === category && note.perspective === (perspective ?? null) && note.findingKind === (findingKind ?? null))
        .sort((a, b) => a.position - b.position || a.createdAt - b.createdAt),
    [allNotes, category, perspective, findingKind],
  );
  const [draft, setDraft] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  const store = rootCauseStore.getState;
  const listId = ['notes', category, perspective, findingKind].filter(Boolean).join('-');

  return (
    <section className="notes-list" aria-labelledby={`${listId}-heading`} data-testid={listId}>
      <h3 id={`${listId}-heading`} className="notes-list__heading">
        {title} <span className="muted">{notes.length > 0 ? `(${notes.length})` : ''}</span>
      </h3>
      {notes.length > 0 ? (
        <ul className="notes-list__items">
          {notes.map((note) => (
            <li key={note.id} className="notes-list__item" data-testid="note">
              <input
                className="text-input notes-list__text"
                aria-label={`${title}: note`}
                value={note.text}
                onFocus={() => setEditing(note.id)}
                onChange={(event) => store().editNoteText(note.id, event.target.value)}
                onBlur={() => {
                  setEditing(null);
                  store().flush();
                }}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') event.currentTarget.blur();
                }}
              />
              <button
                type="button"
                className="button button--small button--quiet"
                aria-label={`Delete the note "${note.text}"`}
                onClick={() => store().removeNote(note.id)}
              >
                <span aria-hidden="true">✕</span>
              </button>
              {editing === note.id ? (
                <>
                  {note.text.trim() === '' ? <p className="field-error">A note needs some words; delete it instead to remove it.</p> : null}
                  <BlameHint fieldId={`note-${note.id}`} text={note.text} />
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      <input
        className="text-input notes-list__add"
        aria-label={`Add to ${title}`}
        placeholder={placeholder}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key !== 'Enter' || draft.trim() === '') return;
          event.preventDefault();
          const id = store().addNote({ category, text: draft, ...(perspective ? { perspective } : {}), ...(findingKind ? { findingKind } : {}) });
          if (id) setDraft('');
        }}
      />
      <BlameHint fieldId={`${listId}-add`} text={draft} />
    </section>
  );
}
