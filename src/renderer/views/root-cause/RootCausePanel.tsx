import type { AgendaSection } from '../../../shared/domain/agenda.ts';
import { NOTE_CATEGORY_LABELS } from '../../../shared/domain/notes.ts';
import { useConflicts, useNotes, useWhys } from '../../app/services.ts';
import type { RootCauseCapture } from './capture-kinds.ts';
import { ConflictsEditor } from './ConflictsEditor.tsx';
import { NotesList } from './NotesList.tsx';
import { NOTE_PLACEHOLDERS } from './note-placeholders.ts';
import { PerspectiveFindings } from './PerspectiveFindings.tsx';
import { RootCauseStatus } from './RootCauseStatus.tsx';
import { useRootCauseLoaded } from './use-root-cause.ts';
import { WhysTreeEditor } from './WhysTreeEditor.tsx';

/** The console's capture panel for root cause, findings and notes sections (see capture-kinds.ts). */
export function RootCausePanel({ meetingId, section, capture }: { meetingId: string; section: AgendaSection; capture: RootCauseCapture }) {
  useRootCauseLoaded(meetingId);
  const whysError = useWhys((state) => state.loadError);
  const notesError = useNotes((state) => state.loadError);
  const conflictsError = useConflicts((state) => state.loadError);
  const loadError = whysError ?? notesError ?? conflictsError;
  const heading = capture.kind === 'whys' ? '5 Whys' : capture.kind === 'perspective' ? 'Findings and conflicts' : 'Notes';
  return (
    <section className="panel root-cause-panel" aria-labelledby="root-cause-heading" data-testid="root-cause-panel">
      <h2 id="root-cause-heading">{heading}</h2>
      {loadError ? <p className="field-error">Could not load: {loadError}</p> : null}
      {capture.kind === 'whys' ? <WhysTreeEditor /> : null}
      {capture.kind === 'notes'
        ? capture.categories.map((category) => (
            <NotesList key={category} title={NOTE_CATEGORY_LABELS[category]} category={category} placeholder={NOTE_PLACEHOLDERS[category]} />
          ))
        : null}
      {capture.kind === 'perspective' ? (
        <>
          {section.perspective ? (
            <PerspectiveFindings perspective={section.perspective} />
          ) : (
            <p className="muted">This section speaks for no perspective; choose one in the agenda.</p>
          )}
          <ConflictsEditor />
        </>
      ) : null}
      <RootCauseStatus />
    </section>
  );
}
