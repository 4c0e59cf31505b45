import { useMemo, useState } from 'react';
import type { FindingKind, NoteCategory } from '../../../shared/domain/notes.ts';
import type { Perspective } from '../../../shared/domain/participant.ts';
import { isBlankText } from '../../../shared/text/blank-text.ts';
import { notesStore, useNotes } from '../../app/services.ts';
import { BlameHint } from '../common/BlameHint.tsx';
import { NoteItem } from './NoteItem.tsx';

export interface NotesListProps {
  title: string;
  category: NoteCategory;
  perspective?: Perspective;
  findingKind?: FindingKind;
  placeholder: string;
  /** Prefix of the element ids, for a second copy of the list on the same page (the report panel's). */
  idPrefix?: string;
}

/** One list of notes: type and press Enter to add, edit in place, delete with undo. */
export function NotesList({ title, category, perspective, findingKind, placeholder, idPrefix = '' }: NotesListProps) {
  const allNotes = useNotes((state) => state.items);
  const notes = useMemo(
    () =>
      allNotes
        .filter((note) => note.category === category && note.perspective === (perspective ?? null) && note.findingKind === (findingKind ?? null))
        .sort((a, b) => a.position - b.position || a.createdAt - b.createdAt),
    [allNotes, category, perspective, findingKind],
  );
  const [draft, setDraft] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  const store = notesStore.getState;
  const listId = [idPrefix, 'notes', category, perspective, findingKind].filter(Boolean).join('-');

  return (
    <section className="notes-list" aria-labelledby={`${listId}-heading`} data-testid={listId}>
      <h3 id={`${listId}-heading`} className="notes-list__heading">
        {title} <span className="muted">{notes.length > 0 ? `(${notes.length})` : ''}</span>
      </h3>
      {notes.length > 0 ? (
        <ul className="notes-list__items">
          {notes.map((note) => (
            <NoteItem key={note.id} note={note} listTitle={title} editing={editing === note.id} onEditing={(on) => setEditing(on ? note.id : null)} />
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
          if (event.key !== 'Enter' || isBlankText(draft)) return;
          event.preventDefault();
          const id = store().add({ category, text: draft, ...(perspective ? { perspective } : {}), ...(findingKind ? { findingKind } : {}) });
          if (id) setDraft('');
        }}
      />
      <BlameHint fieldId={`${listId}-add`} text={draft} />
    </section>
  );
}
